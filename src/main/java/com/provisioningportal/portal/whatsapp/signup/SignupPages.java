package com.provisioningportal.portal.whatsapp.signup;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The address of the customer's pages, and the page that tells them why a step was refused. */
final class SignupPages {

	static final String BASE = "/signup/{token}";

	private SignupPages() {
	}

	static String refused(Model model, HttpServletResponse response, String message) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("message", message);
		return "signup/refused";
	}

}
