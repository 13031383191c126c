package com.provisioningportal.portal.identity;

import jakarta.validation.Valid;

import com.provisioningportal.portal.web.Flash;
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

@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	private static final String LIST = "identity/teams";

	private static final String NEW = "identity/team-new";

	private static final String DETAIL = "identity/team";

	private final TeamAdministration teams;

	TeamAdminController(TeamAdministration teams) {
		this.teams = teams;
	}

	@ModelAttribute("teamRoles")
	TeamRole[] teamRoles() {
		return TeamRole.values();
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
			Flash.success(redirect, "Team " + team.name() + " created. Add its members and give it projects.");
			return redirectTo(team.id());
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return NEW;
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		return detail(teams.get(id), model);
	}

	@PostMapping("/{id}/name")
	String rename(@PathVariable long id, @Valid @ModelAttribute("nameForm") TeamForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Team team = teams.rename(id, form.getName());
				Flash.success(redirect, "The team is now called " + team.name() + ".");
				return redirectTo(id);
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return detail(teams.get(id), model);
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				teams.addMember(id, form.getUsername(), form.getRole());
				Flash.success(redirect, form.getUsername().trim() + " joined the team as " + form.getRole().label() + ".");
				return redirectTo(id);
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return detail(teams.get(id), model);
	}

	@PostMapping("/{id}/members/{userId}/role")
	String changeMemberRole(@PathVariable long id, @PathVariable long userId, @Valid MemberRoleForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			Flash.error(redirect, "Choose their role in this team.");
			return redirectTo(id);
		}
		try {
			Team team = teams.changeMemberRole(id, userId, form.getRole());
			Flash.success(redirect, usernameIn(team, userId) + " is now " + form.getRole().label() + " in this team.");
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
		}
		return redirectTo(id);
	}

	@PostMapping("/{id}/members/{userId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
		String username = usernameIn(teams.get(id), userId);
		try {
			teams.removeMember(id, userId);
			Flash.success(redirect, username + " left the team.");
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
		}
		return redirectTo(id);
	}

	@PostMapping("/{id}/projects")
	String addProject(@PathVariable long id, @Valid @ModelAttribute("projectForm") TeamProjectForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Team team = teams.addProject(id, form.getProjectId());
				Flash.success(redirect, "The team's members now reach " + displayNameIn(team, form.getProjectId()) + ".");
				return redirectTo(id);
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		return detail(teams.get(id), model);
	}

	@PostMapping("/{id}/projects/{project}/remove")
	String removeProject(@PathVariable long id, @PathVariable String project, RedirectAttributes redirect) {
		String displayName = displayNameIn(teams.get(id), project);
		teams.removeProject(id, project);
		Flash.success(redirect, displayName + " is no longer this team's.");
		return redirectTo(id);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(required = false) String confirmation, RedirectAttributes redirect) {
		try {
			Team team = teams.delete(id, confirmation);
			Flash.success(redirect, "Team " + team.name() + " deleted.");
			return "redirect:/admin/teams";
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
			return redirectTo(id);
		}
	}

	/** The page, keeping whichever form failed (bound by the handler) and fresh ones for the others. */
	private String detail(Team team, Model model) {
		model.addAttribute("team", team);
		model.addAttribute("candidates", teams.candidates(team));
		model.addAttribute("projectsToGive", teams.projectsToGive(team));
		if (!model.containsAttribute("nameForm")) {
			model.addAttribute("nameForm", TeamForm.of(team));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new MemberForm());
		}
		if (!model.containsAttribute("projectForm")) {
			model.addAttribute("projectForm", new TeamProjectForm());
		}
		return DETAIL;
	}

	private static String usernameIn(Team team, long userId) {
		return team.members().stream().filter(member -> member.userId() == userId).findFirst()
			.map(Team.Member::username)
			.orElseThrow(() -> new UserNotFoundException(userId));
	}

	private static String displayNameIn(Team team, String projectId) {
		return team.projects().stream().filter(project -> project.projectId().equals(projectId)).findFirst()
			.map(Team.TeamProject::displayName)
			.orElseThrow(() -> new TeamNotFoundException(team.id()));
	}

	private static String redirectTo(long id) {
		return "redirect:/admin/teams/" + id;
	}

}
