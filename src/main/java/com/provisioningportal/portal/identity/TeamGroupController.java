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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A team's provider groups: naming one whose members join the team, and taking one away. */
@Controller
@RequestMapping(TeamPages.BASE + "/{id}/groups")
class TeamGroupController implements AccessRules {

	private final TeamAdministration teams;

	TeamGroupController(TeamAdministration teams) {
		this.teams = teams;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(TeamPages.BASE + "/{id}/groups", Access.ADMIN),
				AccessRule.post(TeamPages.BASE + "/{id}/groups/remove", Access.ADMIN));
	}

	@PostMapping
	String addGroup(@PathVariable long id, @Valid @ModelAttribute("groupForm") TeamGroupForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				teams.addGroup(id, form.getGroup(), form.getGroupRole());
				Flash.success(redirect, Messages.of("team.group.added", form.getGroup().trim(), form.getGroupRole().label()));
				return TeamPages.redirectTo(id);
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return TeamPages.detail(teams, teams.get(id), model);
	}

	/** The group's name travels in the form, not the address: provider group names may hold slashes. */
	@PostMapping("/remove")
	String removeGroup(@PathVariable long id, @RequestParam String group, RedirectAttributes redirect) {
		teams.removeGroup(id, group);
		Flash.success(redirect, Messages.of("team.group.removed", group));
		return TeamPages.redirectTo(id);
	}

}
