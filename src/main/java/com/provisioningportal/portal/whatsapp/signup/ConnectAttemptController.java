package com.provisioningportal.portal.whatsapp.signup;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An attempt the specialist runs with the customer watching: starting it, its page, its progress. */
@Controller
@RequestMapping(ConnectPages.BASE + "/attempts")
class ConnectAttemptController implements AccessRules {

	private final SignupAttempts signupAttempts;

	private final ConnectPage page;

	private final MetaSettings settings;

	ConnectAttemptController(SignupAttempts signupAttempts, ConnectPage page, MetaSettings settings) {
		this.signupAttempts = signupAttempts;
		this.page = page;
		this.settings = settings;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(ConnectPages.BASE + "/attempts", Access.CHANNELS_CHANGE),
				AccessRule.get(ConnectPages.BASE + "/attempts/{attemptId}", Access.CHANNELS_CHANGE),
				AccessRule.get(ConnectPages.BASE + "/attempts/{attemptId}/progress", Access.CHANNELS_CHANGE));
	}

	@PostMapping
	String startNow(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute SignupForm signupForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		Optional<String> refusal = page.refusal(signupForm, result, project, model, redirect);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		SignupAttempts.PageAttempt started = signupAttempts.startBySpecialist(projectId, signupForm.toDefaults(), principal.getName());
		Flash.success(redirect, Messages.of("whatsapp.signup.attempt.started"));
		return ConnectPages.attemptUrl(projectId, started.attempt().id());
	}

	@GetMapping("/{attemptId}")
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

	@GetMapping("/{attemptId}/progress")
	ModelAndView progress(@PathVariable String projectId, ProjectSummary project, @PathVariable String attemptId) {
		SignupAttempt attempt = attemptOf(projectId, attemptId);
		return new ModelAndView("whatsapp/signup-parts :: progress", Map.of("view", new AttemptView(attempt), "progressUrl",
				"/projects/" + projectId + "/whatsapp/connect/attempts/" + attempt.id() + "/progress"));
	}

	private SignupAttempt attemptOf(String projectId, String attemptId) {
		return ConnectPages.parse(attemptId).flatMap(found -> signupAttempts.attempt(projectId, found))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
