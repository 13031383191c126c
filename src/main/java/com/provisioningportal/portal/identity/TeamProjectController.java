package com.provisioningportal.portal.identity;

import java.util.List;

import jakarta.validation.Valid;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The projects a team's members reach: giving the team one, taking one away. */
@Controller
@RequestMapping(TeamPages.BASE + "/{id}/projects")
class TeamProjectController implements AccessRules {

	private final TeamAdministration teams;

	TeamProjectController(TeamAdministration teams) {
		this.teams = teams;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(TeamPages.BASE + "/{id}/projects", Access.ADMIN),
				AccessRule.post(TeamPages.BASE + "/{id}/projects/{project}/remove", Access.ADMIN));
	}

	@PostMapping
	String addProject(@PathVariable long id, @Valid @ModelAttribute("projectForm") TeamProjectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Team team = teams.addProject(id, form.getProjectId());
				Flash.success(redirect, Messages.of("team.project.added", team.displayNameOf(form.getProjectId())));
				return TeamPages.redirectTo(id);
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return TeamPages.detail(teams, teams.get(id), model);
	}

	@PostMapping("/{project}/remove")
	String removeProject(@PathVariable long id, @PathVariable String project, RedirectAttributes redirect) {
		String displayName = teams.get(id).displayNameOf(project);
		teams.removeProject(id, project);
		Flash.success(redirect, Messages.of("team.project.removed", displayName));
		return TeamPages.redirectTo(id);
	}

}
