package com.provisioningportal.portal.identity;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

	@GetMapping("/login")
	String signInPage(HttpSession session, Model model) {
		Object lastUsername = session.getAttribute(SignInFailureHandler.LAST_USERNAME);
		session.removeAttribute(SignInFailureHandler.LAST_USERNAME);
		model.addAttribute("username", (lastUsername != null) ? lastUsername : "");
		return "identity/sign-in";
	}

}
