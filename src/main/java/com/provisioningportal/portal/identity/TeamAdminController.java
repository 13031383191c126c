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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of teams and the form that creates one. */
@Controller
@RequestMapping(TeamPages.BASE)
class TeamAdminController implements AccessRules {

	private static final String LIST = "identity/teams";

	private static final String NEW = "identity/team-new";

	private final TeamAdministration teams;

	TeamAdminController(TeamAdministration teams) {
		this.teams = teams;
	}

	/** The whole area is the administrators', addresses nothing serves included. */
	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.any(TeamPages.BASE, Access.ADMIN), AccessRule.any(TeamPages.BASE + "/**", Access.ADMIN),
				AccessRule.get(TeamPages.BASE + "/new", Access.ADMIN));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("teams", teams.list());
		return LIST;
	}

	@GetMapping("/new")
	String newTeam(Model model) {
		model.addAttribute("form", new TeamForm());
		return NEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") TeamForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return NEW;
		}
		try {
			Team team = teams.create(form.getName());
			Flash.success(redirect, Messages.of("team.created", team.name()));
			return TeamPages.redirectTo(team.id());
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return NEW;
		}
	}

}
