package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Meta's redirect back from the full-page dialog. The {@code state} finds the attempt (never the session); the
 * session only remembers which page to return to.
 */
@Controller
class SignupCallbackController implements AccessRules {

	private static final String RETURN_PREFIX = "whatsapp.signup.return.";

	private final SignupCompletion signupCompletion;

	SignupCallbackController(SignupCompletion signupCompletion) {
		this.signupCompletion = signupCompletion;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(SignupCompletion.CALLBACK_PATH, Access.PUBLIC));
	}

	static void rememberReturn(HttpSession session, UUID attemptId, String path) {
		session.setAttribute(RETURN_PREFIX + attemptId, path);
	}

	@GetMapping(SignupCompletion.CALLBACK_PATH)
	String callback(@RequestParam(required = false) String state, @RequestParam(required = false) String code,
			@RequestParam(required = false) String error, HttpSession session, Model model, HttpServletResponse response) {
		try {
			SignupAttempt attempt = signupCompletion.callback(state, code, error);
			Object back = session.getAttribute(RETURN_PREFIX + attempt.id());
			if (back instanceof String path) {
				session.removeAttribute(RETURN_PREFIX + attempt.id());
				return "redirect:" + path;
			}
			model.addAttribute("view", new AttemptView(attempt));
			return "signup/returned";
		}
		catch (SignupRefused ex) {
			return SignupPages.refused(model, response, ex.getMessage());
		}
	}

}
