package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Meta's redirect back from the full-page dialog. The {@code state} finds the attempt and the browser's cookie
 * proves it is the browser that left with it; the attempt, never the session, keeps which page to return to.
 */
@Controller
class SignupCallbackController implements AccessRules {

	private final SignupCompletion signupCompletion;

	private final BrowserBinding browsers;

	SignupCallbackController(SignupCompletion signupCompletion, BrowserBinding browsers) {
		this.signupCompletion = signupCompletion;
		this.browsers = browsers;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(SignupCompletion.CALLBACK_PATH, Access.PUBLIC));
	}

	@GetMapping(SignupCompletion.CALLBACK_PATH)
	String callback(@RequestParam(required = false) String state, @RequestParam(required = false) String code,
			@RequestParam(required = false) String error, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		SignupAttempts.ReturningAttempt returned = signupCompletion.callback(state, browsers.browserKey(state, request), code,
				error);
		browsers.forget(state, request, response);
		if (returned.returnPath() != null) {
			return "redirect:" + returned.returnPath();
		}
		model.addAttribute("view", new AttemptView(returned.attempt()));
		return "signup/returned";
	}

}
