package com.provisioningportal.portal.whatsapp.signup;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Flash;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Connect WhatsApp number" for specialists: send the customer a link, or run Meta's dialog now; every attempt
 * with its progress.
 */
@Controller
@RequestMapping("/projects/{projectId}/whatsapp/connect")
class ConnectController {

	private final SignupLinks signupLinks;

	private final SignupAttempts signupAttempts;

	private final SignupCompletion signupCompletion;

	private final MetaSettings settings;

	ConnectController(SignupLinks signupLinks, SignupAttempts signupAttempts, SignupCompletion signupCompletion,
			MetaSettings settings) {
		this.signupLinks = signupLinks;
		this.signupAttempts = signupAttempts;
		this.signupCompletion = signupCompletion;
		this.settings = settings;
	}

	@GetMapping
	String page(@PathVariable String projectId, ProjectSummary project, Model model) {
		model.addAttribute("project", project);
		model.addAttribute("missingSettings", settings.missing());
		if (!model.containsAttribute("signupForm")) {
			model.addAttribute("signupForm", new SignupForm());
		}
		model.addAttribute("regions", SignupDefaults.REGIONS);
		model.addAttribute("storages", SignupDefaults.STORAGE);
		model.addAllAttributes(live(project));
		return "whatsapp/connect";
	}

	/** The links and attempts alone, which the page polls while something may still move. */
	@GetMapping("/live")
	ModelAndView livePart(@PathVariable String projectId, ProjectSummary project) {
		return new ModelAndView("whatsapp/connect :: live", live(project));
	}

	@PostMapping("/links")
	String createLink(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute SignupForm signupForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!settings.complete()) {
			Flash.error(redirect, "Embedded Signup is not configured yet: " + String.join(", ", settings.missing()) + " missing.");
			return "redirect:/projects/" + projectId + "/whatsapp/connect";
		}
		signupForm.validate(result);
		if (result.hasErrors()) {
			return page(projectId, project, model);
		}
		SignupLinks.CreatedLink link = signupLinks.createLink(projectId, signupForm.toDefaults(), principal.getName());
		redirect.addFlashAttribute("createdLinkUrl", link.url());
		Flash.success(redirect, "Link created. Copy it into an email to the customer: it works once and expires in 7 days.");
		return "redirect:/projects/" + projectId + "/whatsapp/connect";
	}

	@PostMapping("/links/{linkId}/revoke")
	String revokeLink(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String linkId, Principal principal,
			RedirectAttributes redirect) {
		try {
			signupLinks.revokeLink(projectId, uuid(linkId), principal.getName());
			Flash.success(redirect, "Link revoked. Whoever opens it now is told to ask for a new one.");
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
		}
		return "redirect:/projects/" + projectId + "/whatsapp/connect";
	}

	@PostMapping("/attempts")
	String startNow(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute SignupForm signupForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		if (!settings.complete()) {
			Flash.error(redirect, "Embedded Signup is not configured yet: " + String.join(", ", settings.missing()) + " missing.");
			return "redirect:/projects/" + projectId + "/whatsapp/connect";
		}
		signupForm.validate(result);
		if (result.hasErrors()) {
			return page(projectId, project, model);
		}
		SignupAttempts.PageAttempt started = signupAttempts.startBySpecialist(projectId, signupForm.toDefaults(), principal.getName());
		Flash.success(redirect, "Attempt started. With the customer watching, click Connect WhatsApp number to open Meta's dialog.");
		return attemptUrl(projectId, started.attempt().id());
	}

	@GetMapping("/attempts/{attemptId}")
	String attempt(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String attemptId, Model model) {
		SignupAttempt attempt = attemptOf(projectId, attemptId);
		model.addAttribute("project", project);
		model.addAttribute("view", new AttemptView(attempt));
		String base = "/projects/" + projectId + "/whatsapp/connect";
		model.addAttribute("progressUrl", base + "/attempts/" + attempt.id() + "/progress");
		// A customer's attempt is theirs to complete: showing it here must not replace the nonce their page holds.
		boolean ours = !attempt.fromLink();
		model.addAttribute("ours", ours);
		if (ours && (attempt.status() == AttemptStatus.STARTED || attempt.status() == AttemptStatus.NEEDS_NUMBER)) {
			model.addAttribute("nonce", signupAttempts.freshNonce(attempt));
		}
		model.addAttribute("flow", FlowSettings.of(settings));
		model.addAttribute("completeUrl", base + "/complete");
		model.addAttribute("redirectUrl", base + "/redirect");
		model.addAttribute("numberUrl", base + "/number");
		model.addAttribute("restartUrl", base + "/attempts");
		return "whatsapp/connect-attempt";
	}

	@GetMapping("/attempts/{attemptId}/progress")
	ModelAndView progress(@PathVariable String projectId, ProjectSummary project, @PathVariable String attemptId) {
		SignupAttempt attempt = attemptOf(projectId, attemptId);
		return new ModelAndView("whatsapp/signup-parts :: progress", Map.of("view", new AttemptView(attempt), "progressUrl",
				"/projects/" + projectId + "/whatsapp/connect/attempts/" + attempt.id() + "/progress"));
	}

	@PostMapping("/complete")
	String complete(@PathVariable String projectId, ProjectSummary project,
			CompletionForm form, RedirectAttributes redirect) {
		try {
			SignupAttempt attempt = signupCompletion.complete(form.toCompletion(), SignupAttempts.Scope.specialist(projectId));
			return attemptUrl(projectId, attempt.id());
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
			return "redirect:/projects/" + projectId + "/whatsapp/connect";
		}
	}

	@PostMapping("/redirect")
	String redirectFlow(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(defaultValue = "") String nonce, HttpSession session,
			RedirectAttributes redirect) {
		try {
			SignupCompletion.DialogRedirect dialog = signupCompletion.redirectToDialog(nonce, SignupAttempts.Scope.specialist(projectId));
			SignupCallbackController.rememberReturn(session, dialog.attempt().id(),
					"/projects/" + projectId + "/whatsapp/connect/attempts/" + dialog.attempt().id());
			return "redirect:" + dialog.url();
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
			return "redirect:/projects/" + projectId + "/whatsapp/connect";
		}
	}

	@PostMapping("/number")
	String chooseNumber(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(defaultValue = "") String nonce,
			@RequestParam(defaultValue = "") String phoneNumberId, RedirectAttributes redirect) {
		try {
			SignupAttempt attempt = signupCompletion.pick(nonce, phoneNumberId, SignupAttempts.Scope.specialist(projectId));
			return attemptUrl(projectId, attempt.id());
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
			return "redirect:/projects/" + projectId + "/whatsapp/connect";
		}
	}

	private Map<String, Object> live(ProjectSummary project) {
		List<SignupAttempt> attempts = signupAttempts.attempts(project.projectId());
		List<SignupLink> links = signupLinks.links(project.projectId());
		Instant now = signupLinks.now();
		boolean moving = attempts.stream().anyMatch(attempt -> !attempt.status().finished())
				|| links.stream().anyMatch(link -> link.state(now) == SignupLink.State.OPEN);
		return Map.of("project", project, "attempts", attempts.stream().map(AttemptView::new).toList(), "links",
				links.stream().map(link -> new LinkView(link, link.state(now).name())).toList(), "moving", moving);
	}

	private SignupAttempt attemptOf(String projectId, String attemptId) {
		Optional<UUID> id = parse(attemptId);
		return id.flatMap(found -> signupAttempts.attempt(projectId, found))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String attemptUrl(String projectId, UUID attemptId) {
		return "redirect:/projects/" + projectId + "/whatsapp/connect/attempts/" + attemptId;
	}

	private static UUID uuid(String value) {
		return parse(value).orElseThrow(() -> new SignupRefused("There is no such link in this project."));
	}

	static Optional<UUID> parse(String value) {
		try {
			return Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
