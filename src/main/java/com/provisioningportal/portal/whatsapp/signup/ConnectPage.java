package com.provisioningportal.portal.whatsapp.signup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.projects.ProjectSummary;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

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
