package com.provisioningportal.portal.identity;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the sign-in page shows of single sign-on: its button, and whether the password form is offered. */
@ControllerAdvice(assignableTypes = SignInController.class)
class SsoSignInPage {

	private final SingleSignOn sso;

	SsoSignInPage(SingleSignOn sso) {
		this.sso = sso;
	}

	record Button(String providerName, String path) {
	}

	@ModelAttribute
	void addTo(Model model) {
		if (sso.enabled()) {
			model.addAttribute("sso", new Button(sso.providerName(), SingleSignOn.SIGN_IN_PATH));
			model.addAttribute("localSignInOff", !sso.localSignIn());
		}
	}

}
