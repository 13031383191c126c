package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What Meta's dialog hands back on the customer's page, and starting over after a finished attempt. */
@Controller
@RequestMapping(SignupPages.BASE)
class SignupDialogController implements AccessRules {

	private final SignupLinks signupLinks;

	private final SignupAttempts signupAttempts;

	private final SignupCompletion signupCompletion;

	SignupDialogController(SignupLinks signupLinks, SignupAttempts signupAttempts, SignupCompletion signupCompletion) {
		this.signupLinks = signupLinks;
		this.signupAttempts = signupAttempts;
		this.signupCompletion = signupCompletion;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(SignupPages.BASE + "/complete", Access.PUBLIC),
				AccessRule.post(SignupPages.BASE + "/restart", Access.PUBLIC),
				AccessRule.post(SignupPages.BASE + "/redirect", Access.PUBLIC),
				AccessRule.post(SignupPages.BASE + "/number", Access.PUBLIC));
	}

	@PostMapping("/complete")
	String complete(@PathVariable String token, CompletionForm form, Model model, HttpServletResponse response) {
		SignupLink link = signupLinks.existingLink(token);
		try {
			signupCompletion.complete(form.toCompletion(), SignupAttempts.Scope.link(link));
			return "redirect:/signup/" + token;
		}
		catch (SignupRefused ex) {
			return SignupPages.refused(model, response, ex.getMessage());
		}
	}

	@PostMapping("/restart")
	String restart(@PathVariable String token, Model model, HttpServletResponse response) {
		SignupLink link = signupLinks.existingLink(token);
		try {
			signupAttempts.restartForLink(link);
			return "redirect:/signup/" + token;
		}
		catch (SignupRefused ex) {
			return SignupPages.refused(model, response, ex.getMessage());
		}
	}

	@PostMapping("/redirect")
	String redirectFlow(@PathVariable String token, @RequestParam(defaultValue = "") String nonce, HttpSession session,
			Model model, HttpServletResponse response) {
		SignupLink link = signupLinks.existingLink(token);
		try {
			SignupCompletion.DialogRedirect dialog = signupCompletion.redirectToDialog(nonce, SignupAttempts.Scope.link(link));
			SignupCallbackController.rememberReturn(session, dialog.attempt().id(), "/signup/" + token);
			return "redirect:" + dialog.url();
		}
		catch (SignupRefused ex) {
			return SignupPages.refused(model, response, ex.getMessage());
		}
	}

	@PostMapping("/number")
	String chooseNumber(@PathVariable String token, @RequestParam(defaultValue = "") String nonce,
			@RequestParam(defaultValue = "") String phoneNumberId, Model model, HttpServletResponse response) {
		SignupLink link = signupLinks.existingLink(token);
		try {
			signupCompletion.pick(nonce, phoneNumberId, SignupAttempts.Scope.link(link));
			return "redirect:/signup/" + token;
		}
		catch (SignupRefused ex) {
			return SignupPages.refused(model, response, ex.getMessage());
		}
	}

}
