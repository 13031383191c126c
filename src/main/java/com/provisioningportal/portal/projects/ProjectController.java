package com.provisioningportal.portal.projects;

import java.util.List;

import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.ProjectAccess;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProjectController {

	private static final String LIST = "projects/list";

	private static final String DETAIL = "projects/detail";

	private static final String FORM = "projects/form";

	private final ProjectRegistry registry;

	private final List<SetupCheckContributor> setupChecks;

	private final SinchSetupChecks sinchChecks;

	private final StatusUpdates statusUpdates;

	private final ProjectAccess access;

	private final ProjectTeams teams;

	ProjectController(ProjectRegistry registry, List<SetupCheckContributor> setupChecks, SinchSetupChecks sinchChecks,
			StatusUpdates statusUpdates, ProjectAccess access, ProjectTeams teams) {
		this.teams = teams;
		this.access = access;
		this.registry = registry;
		this.setupChecks = setupChecks;
		this.sinchChecks = sinchChecks;
		this.statusUpdates = statusUpdates;
	}

	@ModelAttribute("authModes")
	List<AuthModeOption> authModes() {
		return AuthModeOption.ALL;
	}

	@GetMapping("/projects")
	String list(Authentication user, Model model) {
		ProjectAccess.Scope visible = access.visibleProjects(user.getName());
		model.addAttribute("projects", registry.all().stream().filter(project -> visible.includes(project.projectId())).toList());
		return LIST;
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
		return DETAIL;
	}

	@PostMapping("/projects/{projectId}/status-updates")
	String receiveStatusUpdates(@PathVariable String projectId, RedirectAttributes redirect) {
		try {
			Webhook webhook = statusUpdates.enable(projectId);
			sinchChecks.forget(projectId);
			Flash.success(redirect, "Status updates are on: Sinch will call " + webhook.target() + " for every event.");
		}
		catch (SinchApiException ex) {
			Flash.error(redirect, "Sinch did not register the callback webhook: " + ex.explanation());
		}
		catch (SinchException ex) {
			Flash.error(redirect, "Sinch could not be reached, so status updates were not turned on. Try again in a moment.");
		}
		return "redirect:/projects/" + projectId;
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
			result.rejectValue("keySecret", "required", "Enter the access key secret.");
		}
		if (result.hasErrors()) {
			return keepSecretOut(form);
		}
		try {
			ProjectSummary project = registry.add(form.toAdd(user.getName()));
			Flash.success(redirect, "Project " + project.displayName() + " added.");
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
			Flash.success(redirect, "Project " + project.displayName() + " saved.");
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
