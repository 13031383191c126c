package com.provisioningportal.portal.whatsapp.signup;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The connect page's model, which the link and attempt forms show again when they fail. */
@Component
class ConnectPage {

	private final SignupLinks signupLinks;

	private final SignupAttempts signupAttempts;

	private final MetaSettings settings;

	ConnectPage(SignupLinks signupLinks, SignupAttempts signupAttempts, MetaSettings settings) {
		this.signupLinks = signupLinks;
		this.signupAttempts = signupAttempts;
		this.settings = settings;
	}

	String show(ProjectSummary project, Model model) {
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

	/**
	 * Why the connect form cannot start a signup, as the answer to send: Embedded Signup is not configured (back to
	 * the page with the settings missing), or the form has errors (the page again, with them); empty to go ahead.
	 */
	Optional<String> refusal(SignupForm form, BindingResult result, ProjectSummary project, Model model,
			RedirectAttributes redirect) {
		if (!settings.complete()) {
			Flash.error(redirect, Messages.of("whatsapp.signup.not-configured", String.join(", ", settings.missing())));
			return Optional.of(ConnectPages.home(project.projectId()));
		}
		form.validate(result);
		return result.hasErrors() ? Optional.of(show(project, model)) : Optional.empty();
	}

	/** The links and attempts, and whether something may still move, so the page keeps polling. */
	Map<String, Object> live(ProjectSummary project) {
		List<SignupAttempt> attempts = signupAttempts.attempts(project.projectId());
		List<SignupLink> links = signupLinks.links(project.projectId());
		Instant now = signupLinks.now();
		boolean moving = attempts.stream().anyMatch(attempt -> !attempt.status().finished())
				|| links.stream().anyMatch(link -> link.state(now) == SignupLink.State.OPEN);
		return Map.of("project", project, "attempts", attempts.stream().map(AttemptView::new).toList(), "links",
				links.stream().map(link -> new LinkView(link, link.state(now).name())).toList(), "moving", moving);
	}

}
