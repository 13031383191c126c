package com.provisioningportal.portal.whatsapp.signup;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The address of the customer's pages, and the page that tells them why a step was refused. */
final class SignupPages {

	static final String BASE = "/signup/{token}";

	private SignupPages() {
	}

	/**
	 * A refused step: the withdrawn link's own page (gone for good, so 410) when the link was revoked, else the
	 * refusal's sentence.
	 */
	static String refused(Model model, HttpServletResponse response, SignupRefused refusal) {
		if (refusal.withdrawn()) {
			response.setStatus(HttpStatus.GONE.value());
			model.addAttribute("reason", SignupLink.State.REVOKED.name());
			return "signup/closed";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("message", refusal.getMessage());
		return "signup/refused";
	}

}
