package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What Meta's dialog hands back on the customer's page, the full-page redirect, and the chosen number. A refused
 * step is explained by {@link SignupRefusedAdvice}.
 */
@Controller
@RequestMapping(SignupPages.BASE)
class SignupDialogController implements AccessRules {

	private final SignupLinks signupLinks;

	private final SignupCompletion signupCompletion;

	private final BrowserBinding browsers;

	SignupDialogController(SignupLinks signupLinks, SignupCompletion signupCompletion, BrowserBinding browsers) {
		this.signupLinks = signupLinks;
		this.signupCompletion = signupCompletion;
		this.browsers = browsers;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(SignupPages.BASE + "/complete", Access.PUBLIC),
				AccessRule.post(SignupPages.BASE + "/redirect", Access.PUBLIC),
				AccessRule.post(SignupPages.BASE + "/number", Access.PUBLIC));
	}

	@PostMapping("/complete")
	String complete(@PathVariable String token, CompletionForm form) {
		SignupLink link = signupLinks.existingLink(token);
		signupCompletion.complete(form.toCompletion(), SignupAttempts.Scope.link(link));
		return "redirect:/signup/" + token;
	}

	@PostMapping("/redirect")
	String redirectFlow(@PathVariable String token, @RequestParam(defaultValue = "") String nonce,
			HttpServletRequest request, HttpServletResponse response) {
		SignupLink link = signupLinks.existingLink(token);
		SignupCompletion.DialogRedirect dialog = signupCompletion.redirectToDialog(nonce, SignupAttempts.Scope.link(link),
				attempt -> "/signup/" + token);
		browsers.remember(dialog.state(), dialog.browserKey(), request, response);
		return "redirect:" + dialog.url();
	}

	@PostMapping("/number")
	String chooseNumber(@PathVariable String token, @RequestParam(defaultValue = "") String attempt,
			@RequestParam(defaultValue = "") String phoneNumberId) {
		SignupLink link = signupLinks.existingLink(token);
		signupCompletion.pickForLink(link, attempt, phoneNumberId);
		return "redirect:/signup/" + token;
	}

}
