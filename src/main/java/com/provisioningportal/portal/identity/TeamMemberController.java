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

/** A team's members: adding one, changing their role in the team, removing one. */
@Controller
@RequestMapping(TeamPages.BASE + "/{id}/members")
class TeamMemberController implements AccessRules {

	private final TeamAdministration teams;

	TeamMemberController(TeamAdministration teams) {
		this.teams = teams;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(TeamPages.BASE + "/{id}/members", Access.ADMIN),
				AccessRule.post(TeamPages.BASE + "/{id}/members/{userId}/role", Access.ADMIN),
				AccessRule.post(TeamPages.BASE + "/{id}/members/{userId}/remove", Access.ADMIN));
	}

	@PostMapping
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				teams.addMember(id, form.getUsername(), form.getRole());
				Flash.success(redirect, Messages.of("team.member.joined", form.getUsername().trim(), form.getRole().label()));
				return TeamPages.redirectTo(id);
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return TeamPages.detail(teams, teams.get(id), model);
	}

	@PostMapping("/{userId}/role")
	String changeMemberRole(@PathVariable long id, @PathVariable long userId, @Valid MemberRoleForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.error(redirect, Messages.of("team.member.role.required"));
			return TeamPages.redirectTo(id);
		}
		try {
			Team team = teams.changeMemberRole(id, userId, form.getRole());
			Flash.success(redirect, Messages.of("team.member.role.changed", team.usernameOf(userId), form.getRole().label()));
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
		}
		return TeamPages.redirectTo(id);
	}

	@PostMapping("/{userId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
		String username = teams.get(id).usernameOf(userId);
		try {
			teams.removeMember(id, userId);
			Flash.success(redirect, Messages.of("team.member.left", username));
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
		}
		return TeamPages.redirectTo(id);
	}

}
