package com.provisioningportal.portal.projects;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

/** The tabs of a project's pages, for the tabs fragment ({@code ${@projectTabs.all()}}), in their order. */
@Component("projectTabs")
public class ProjectTabs {

	private final List<ProjectTab> tabs;

	ProjectTabs(List<ProjectTabContributor> contributors) {
		this.tabs = contributors.stream()
			.flatMap(contributor -> contributor.tabs().stream())
			.sorted(Comparator.comparingInt(ProjectTab::order))
			.toList();
	}

	public List<ProjectTab> all() {
		return tabs;
	}

}
