package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What Meta's dialog hands back on the specialist's page: the result, the full-page redirect, the chosen number. */
@Controller
@RequestMapping(ConnectPages.BASE)
class ConnectDialogController implements AccessRules {

	private final SignupCompletion signupCompletion;

	private final BrowserBinding browsers;

	ConnectDialogController(SignupCompletion signupCompletion, BrowserBinding browsers) {
		this.signupCompletion = signupCompletion;
		this.browsers = browsers;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(ConnectPages.BASE + "/complete", Access.CHANNELS_CHANGE),
				AccessRule.post(ConnectPages.BASE + "/redirect", Access.CHANNELS_CHANGE),
				AccessRule.post(ConnectPages.BASE + "/number", Access.CHANNELS_CHANGE));
	}

	@PostMapping("/complete")
	String complete(@PathVariable String projectId, ProjectSummary project,
			CompletionForm form, RedirectAttributes redirect) {
		try {
			SignupAttempt attempt = signupCompletion.complete(form.toCompletion(), SignupAttempts.Scope.specialist(projectId));
			return ConnectPages.attemptUrl(projectId, attempt.id());
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
			return ConnectPages.home(projectId);
		}
	}

	@PostMapping("/redirect")
	String redirectFlow(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(defaultValue = "") String nonce, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			SignupCompletion.DialogRedirect dialog = signupCompletion.redirectToDialog(nonce, SignupAttempts.Scope.specialist(projectId),
					attempt -> ConnectPages.attemptPath(projectId, attempt.id()));
			browsers.remember(dialog.state(), dialog.browserKey(), request, response);
			return "redirect:" + dialog.url();
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
			return ConnectPages.home(projectId);
		}
	}

	@PostMapping("/number")
	String chooseNumber(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(defaultValue = "") String nonce,
			@RequestParam(defaultValue = "") String phoneNumberId, RedirectAttributes redirect) {
		try {
			SignupAttempt attempt = signupCompletion.pick(nonce, phoneNumberId, SignupAttempts.Scope.specialist(projectId));
			return ConnectPages.attemptUrl(projectId, attempt.id());
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
			return ConnectPages.home(projectId);
		}
	}

}
