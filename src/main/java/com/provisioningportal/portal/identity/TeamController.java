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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One team's page, its new name, and deleting it. */
@Controller
@RequestMapping(TeamPages.BASE + "/{id}")
class TeamController implements AccessRules {

	private final TeamAdministration teams;

	TeamController(TeamAdministration teams) {
		this.teams = teams;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(TeamPages.BASE + "/{id}", Access.ADMIN),
				AccessRule.post(TeamPages.BASE + "/{id}/name", Access.ADMIN),
				AccessRule.post(TeamPages.BASE + "/{id}/delete", Access.ADMIN));
	}

	@GetMapping
	String detail(@PathVariable long id, Model model) {
		return TeamPages.detail(teams, teams.get(id), model);
	}

	@PostMapping("/name")
	String rename(@PathVariable long id, @Valid @ModelAttribute("nameForm") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Team team = teams.rename(id, form.getName());
				Flash.success(redirect, Messages.of("team.renamed", team.name()));
				return TeamPages.redirectTo(id);
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return TeamPages.detail(teams, teams.get(id), model);
	}

	@PostMapping("/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String confirmation, RedirectAttributes redirect) {
		try {
			Team team = teams.delete(id, confirmation);
			Flash.success(redirect, Messages.of("team.deleted", team.name()));
			return "redirect:/admin/teams";
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
			return TeamPages.redirectTo(id);
		}
	}

}
