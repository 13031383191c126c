package com.provisioningportal.portal.dashboard;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.ProjectAccess;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController implements AccessRules {

	private final ProjectDirectory projects;

	private final ProjectAccess access;

	DashboardController(ProjectDirectory projects, ProjectAccess access) {
		this.projects = projects;
		this.access = access;
	}

	@GetMapping("/")
	String home(Authentication user, Model model) {
		boolean readsChannels = Access.CHANNELS_READ.allowsUser(user);
		ProjectAccess.Scope visible = access.visibleProjects(user.getName());
		model.addAttribute("projects", readsChannels
				? projects.all().stream().filter(project -> visible.includes(project.projectId())).toList() : List.of());
		return "dashboard/home";
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/", Access.SIGNED_IN));
	}

}
