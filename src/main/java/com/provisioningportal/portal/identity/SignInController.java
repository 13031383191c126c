package com.provisioningportal.portal.identity;

import java.time.Duration;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	private final SignInSettings settings;

	SignInController(SignInSettings settings) {
		this.settings = settings;
	}

	@GetMapping("/login")
	String signInPage(HttpSession session, Model model) {
		Object lastUsername = session.getAttribute(SignInFailureHandler.LAST_USERNAME);
		session.removeAttribute(SignInFailureHandler.LAST_USERNAME);
		model.addAttribute("username", (lastUsername != null) ? lastUsername : "");
		// Rounded up, so a lock never ends later than the page says.
		model.addAttribute("lockMinutes", minutes(settings.lockDuration()));
		model.addAttribute("addressLockMinutes", minutes(settings.addressLockDuration()));
		return "identity/sign-in";
	}

	private static long minutes(Duration duration) {
		return duration.plusSeconds(59).toMinutes();
	}

}
