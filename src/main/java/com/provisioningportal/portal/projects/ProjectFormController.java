package com.provisioningportal.portal.projects;

import java.util.List;

import jakarta.validation.Valid;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.ProjectTeams;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The form that adds a project, and the same form editing one. */
@Controller
class ProjectFormController implements AccessRules {

	private static final String FORM = "projects/form";

	private final ProjectRegistry registry;

	private final ProjectTeams teams;

	ProjectFormController(ProjectRegistry registry, ProjectTeams teams) {
		this.registry = registry;
		this.teams = teams;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.any("/projects/new", Access.ADMIN), AccessRule.any("/projects/{projectId}/edit", Access.ADMIN));
	}

	@ModelAttribute("authModes")
	List<AuthModeOption> authModes() {
		return AuthModeOption.ALL;
	}

	@GetMapping("/projects/new")
	String newProject(Model model) {
		model.addAttribute("form", new ProjectForm());
		model.addAttribute("editing", false);
		model.addAttribute("teams", teams.all());
		return FORM;
	}

	@PostMapping("/projects/new")
	String add(@Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("editing", false);
		model.addAttribute("teams", teams.all());
		if (form.getKeySecret() == null || form.getKeySecret().isBlank()) {
			Messages.reject(result, "keySecret", Messages.of("project.key-secret.required"));
		}
		if (result.hasErrors()) {
			return keepSecretOut(form);
		}
		try {
			ProjectSummary project = registry.add(form.toAdd(user.getName()));
			Flash.success(redirect, Messages.of("project.added", project.displayName()));
			return "redirect:/projects/" + project.projectId();
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return keepSecretOut(form);
		}
	}

	@GetMapping("/projects/{projectId}/edit")
	String edit(@PathVariable String projectId, Model model) {
		ProjectSummary project = registry.get(projectId);
		model.addAttribute("project", project);
		model.addAttribute("form", ProjectForm.of(project));
		model.addAttribute("editing", true);
		return FORM;
	}

	@PostMapping("/projects/{projectId}/edit")
	String change(@PathVariable String projectId, @Valid @ModelAttribute("form") ProjectForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		ProjectSummary current = registry.get(projectId);
		model.addAttribute("project", current);
		model.addAttribute("editing", true);
		// The project id never changes; whatever the form says is ignored.
		form.setProjectId(current.projectId());
		if (result.hasErrors()) {
			return keepSecretOut(form);
		}
		try {
			ProjectSummary project = registry.edit(form.toEdit(projectId, user.getName()));
			Flash.success(redirect, Messages.of("project.saved", project.displayName()));
			return "redirect:/projects/" + project.projectId();
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return keepSecretOut(form);
		}
	}

	/** A key secret is never sent back to the browser, not even the one just typed. */
	private static String keepSecretOut(ProjectForm form) {
		form.setKeySecret(null);
		return FORM;
	}

}
