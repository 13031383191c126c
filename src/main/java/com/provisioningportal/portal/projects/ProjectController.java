package com.provisioningportal.portal.projects;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.ProjectAccess;
import com.provisioningportal.portal.web.ProjectTeams;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The projects the user reaches, and one project's overview with its setup checks. */
@Controller
class ProjectController implements AccessRules {

	private final ProjectRegistry registry;

	private final List<SetupCheckContributor> setupChecks;

	private final SinchSetupChecks sinchChecks;

	private final StatusUpdates statusUpdates;

	private final ProjectAccess access;

	private final ProjectTeams teams;

	ProjectController(ProjectRegistry registry, List<SetupCheckContributor> setupChecks, SinchSetupChecks sinchChecks,
			StatusUpdates statusUpdates, ProjectAccess access, ProjectTeams teams) {
		this.registry = registry;
		this.setupChecks = setupChecks;
		this.sinchChecks = sinchChecks;
		this.statusUpdates = statusUpdates;
		this.access = access;
		this.teams = teams;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}", Access.CHANNELS_READ));
	}

	@GetMapping("/projects")
	String list(Authentication user, Model model) {
		ProjectAccess.Scope visible = access.visibleProjects(user.getName());
		model.addAttribute("projects", registry.all().stream().filter(project -> visible.includes(project.projectId())).toList());
		return "projects/list";
	}

	@GetMapping("/projects/{projectId}")
	String detail(@PathVariable String projectId, @RequestParam(required = false) String refresh, Model model) {
		ProjectSummary project = registry.get(projectId);
		if (refresh != null) {
			sinchChecks.forget(projectId);
		}
		model.addAttribute("callbackTarget", statusUpdates.callbackTarget(projectId));
		model.addAttribute("project", project);
		model.addAttribute("teams", teams.of(projectId));
		model.addAttribute("setupChecks", setupChecks.stream().flatMap(contributor -> contributor.checks(project).stream()).toList());
		return "projects/detail";
	}

}
