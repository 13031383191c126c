package com.provisioningportal.portal.dashboard;

import java.util.List;
import java.util.stream.Collectors;

import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessDecisions;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController implements AccessRules {

	private final ProjectDirectory projects;

	private final ProjectAccess access;

	private final List<DashboardCounts> counts;

	private final AccessDecisions decisions;

	DashboardController(ProjectDirectory projects, ProjectAccess access, List<DashboardCounts> counts,
			AccessDecisions decisions) {
		this.projects = projects;
		this.access = access;
		this.counts = List.copyOf(counts);
		this.decisions = decisions;
	}

	@GetMapping("/")
	String home(Authentication user, Model model) {
		boolean readsChannels = decisions.allows(Access.CHANNELS_READ, user);
		ProjectAccess.Scope visible = access.visibleProjects(user.getName());
		List<ProjectSummary> shown = readsChannels
				? projects.all().stream().filter(project -> visible.includes(project.projectId())).toList() : List.of();
		model.addAttribute("projects", shown);
		model.addAttribute("counts", shown.stream()
			.collect(Collectors.toMap(ProjectSummary::projectId,
					project -> counts.stream()
						.flatMap(feature -> feature.counts(project).stream())
						.filter(count -> count.count() > 0)
						.toList())));
		return "dashboard/home";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/", Access.SIGNED_IN));
	}

}
