package com.provisioningportal.portal.rcs;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectTab;
import com.provisioningportal.portal.projects.ProjectTabContributor;
import com.provisioningportal.portal.web.Access;

import org.springframework.stereotype.Component;

/** The project's RCS senders, after WhatsApp's tabs and before SMS. */
@Component
class RcsTab implements ProjectTabContributor {

	@Override
	public List<ProjectTab> tabs() {
		return List.of(new ProjectTab("rcs", "RCS senders", "/rcs/senders", 35, Access.CHANNELS_READ));
	}

}
