package com.provisioningportal.portal.projects;

import java.util.List;

import com.provisioningportal.portal.web.Access;

import org.springframework.stereotype.Component;

/** The project's own page comes first among its tabs; the tabs fragment marks it when a page names no tab. */
@Component
class OverviewTab implements ProjectTabContributor {

	@Override
	public List<ProjectTab> tabs() {
		return List.of(new ProjectTab("overview", "Overview", "", 0, Access.CHANNELS_READ));
	}

}
