package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

/**
 * The customer's pages behind a single-use link: what they are about to do, the Connect button, and the result,
 * updating by itself. Opening the link only reads (mail scanners fetch links too); the attempt starts with the
 * customer's click. Nothing else of the portal is reachable from here.
 */
@Controller
@RequestMapping(SignupPages.BASE)
class SignupController implements AccessRules {

	private final SignupLinks signupLinks;

	private final SignupAttempts signupAttempts;

	private final ProjectDirectory projects;

	private final MetaSettings settings;

	SignupController(SignupLinks signupLinks, SignupAttempts signupAttempts, ProjectDirectory projects, MetaSettings settings) {
		this.signupLinks = signupLinks;
		this.signupAttempts = signupAttempts;
		this.projects = projects;
		this.settings = settings;
	}

	/** The customer has no account: everything under their link is public, addresses nothing serves included. */
	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.any("/signup/**", Access.PUBLIC), AccessRule.get(SignupPages.BASE, Access.PUBLIC),
				AccessRule.post(SignupPages.BASE + "/start", Access.PUBLIC), AccessRule.get(SignupPages.BASE + "/progress", Access.PUBLIC),
				AccessRule.get(SignupPages.BASE + "/csrf", Access.PUBLIC));
	}

	@GetMapping
	String page(@PathVariable String token, Model model, HttpServletResponse response) {
		Optional<SignupLink> found = signupLinks.linkByToken(token);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("reason", "UNKNOWN");
			return "signup/closed";
		}
		SignupLink link = found.get();
		SignupLink.State state = link.state(signupLinks.now());
		Optional<SignupAttempt> latest = signupAttempts.latestOfLink(link);
		if (state == SignupLink.State.EXPIRED || state == SignupLink.State.REVOKED
				|| (state == SignupLink.State.USED && latest.isEmpty())) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("reason", state.name());
			return "signup/closed";
		}
		model.addAttribute("projectName", projectName(link));
		model.addAttribute("base", "/signup/" + token);
		if (state == SignupLink.State.OPEN && (latest.isEmpty() || latest.get().status() == AttemptStatus.STARTED)) {
			return settings.complete() ? "signup/customer" : unavailable(model);
		}
		SignupAttempt attempt = latest.orElseThrow();
		model.addAttribute("view", new AttemptView(attempt));
		model.addAttribute("linkUsed", state == SignupLink.State.USED);
		model.addAttribute("canPick", attempt.status() == AttemptStatus.NEEDS_NUMBER && state == SignupLink.State.OPEN);
		model.addAttribute("canRestart", state == SignupLink.State.OPEN && attempt.status().finished());
		return "signup/customer";
	}

	/** The customer's click: starts the attempt (or takes up the one not yet finished with Meta) and shows Meta's dialog. */
	@PostMapping("/start")
	String start(@PathVariable String token, Model model) {
		SignupLink link = signupLinks.existingLink(token);
		if (!settings.complete()) {
			return unavailable(model);
		}
		Optional<SignupAttempts.PageAttempt> started = signupAttempts.startForLink(link);
		if (started.isEmpty()) {
			return "redirect:/signup/" + token;
		}
		model.addAttribute("projectName", projectName(link));
		model.addAttribute("base", "/signup/" + token);
		model.addAttribute("view", new AttemptView(started.get().attempt()));
		model.addAttribute("nonce", started.get().nonce());
		model.addAttribute("flow", FlowSettings.of(settings));
		return "signup/customer";
	}

	@GetMapping("/progress")
	ModelAndView progress(@PathVariable String token, HttpServletResponse response) {
		Optional<SignupAttempt> attempt = signupLinks.linkByToken(token).flatMap(signupAttempts::latestOfLink);
		if (attempt.isEmpty()) {
			response.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		return new ModelAndView("whatsapp/signup-parts :: progress",
				Map.of("view", new AttemptView(attempt.get()), "progressUrl", "/signup/" + token + "/progress"));
	}

	/** A fresh CSRF token for a page whose session may have ended while the customer was in Meta's dialog. */
	@GetMapping("/csrf")
	@ResponseBody
	ResponseEntity<Map<String, String>> csrf(CsrfToken csrf) {
		return ResponseEntity.ok().header("Cache-Control", "no-store").body(Map.of("token", csrf.getToken(), "parameterName",
				csrf.getParameterName()));
	}

	private static String unavailable(Model model) {
		model.addAttribute("reason", "UNAVAILABLE");
		return "signup/closed";
	}

	private String projectName(SignupLink link) {
		return projects.find(link.projectId()).map(ProjectSummary::displayName).orElse("your company");
	}

}
