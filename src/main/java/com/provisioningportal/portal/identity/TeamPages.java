package com.provisioningportal.portal.identity;

import org.springframework.ui.Model;

/** The team page, which the rename, member and project forms show again when they fail. */
final class TeamPages {

	static final String BASE = "/admin/teams";

	private TeamPages() {
	}

	/** The page, keeping whichever form failed (bound by the handler) and fresh ones for the others. */
	static String detail(TeamAdministration teams, Team team, Model model) {
		model.addAttribute("teamRoles", TeamRole.values());
		model.addAttribute("team", team);
		model.addAttribute("candidates", teams.candidates(team));
		model.addAttribute("projectsToGive", teams.projectsToGive(team));
		model.addAttribute("groups", teams.groups(team.id()));
		if (!model.containsAttribute("nameForm")) {
			model.addAttribute("nameForm", TeamForm.of(team));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm());
		}
		if (!model.containsAttribute("groupForm")) {
			model.addAttribute("groupForm", new TeamGroupForm());
		}
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new TeamProjectForm());
		}
		return "identity/team";
	}

	static String redirectTo(long id) {
		return "redirect:/admin/teams/" + id;
	}

}
