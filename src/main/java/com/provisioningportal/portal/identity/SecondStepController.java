package com.provisioningportal.portal.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.provisioningportal.portal.identity.SecondFactors.CodeCheck;
import com.provisioningportal.portal.identity.SecondStepSignIn.PendingSignIn;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. Public, as the user is
 * not signed in yet; without a recent right password in this session it sends them back to the first step.
 */
@Controller
class SecondStepController implements AccessRules {

	private static final String VIEW = "identity/sign-in-code";

	private static final String RECOVERY_PAGE = "/login/recovery-code";

	private final SecondStepSignIn signIn;

	private final SecondFactors secondFactors;

	SecondStepController(SecondStepSignIn signIn, SecondFactors secondFactors) {
		this.signIn = signIn;
		this.secondFactors = secondFactors;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(SecondStepSignIn.CODE_PAGE, Access.PUBLIC),
				AccessRule.post(SecondStepSignIn.CODE_PAGE, Access.PUBLIC), AccessRule.post(RECOVERY_PAGE, Access.PUBLIC));
	}

	@GetMapping(SecondStepSignIn.CODE_PAGE)
	String form(HttpServletRequest request, Model model) {
		if (signIn.pending(request.getSession(false)).isEmpty()) {
			return "redirect:/login?expired";
		}
		model.addAttribute("codeForm", new SecondStepCodeForm());
		model.addAttribute("recoveryForm", new RecoveryCodeForm());
		return VIEW;
	}

	@PostMapping(SecondStepSignIn.CODE_PAGE)
	String code(@Valid @ModelAttribute("codeForm") SecondStepCodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<PendingSignIn> pending = signIn.pending(request.getSession(false));
		if (pending.isEmpty()) {
			return "redirect:/login?expired";
		}
		model.addAttribute("recoveryForm", new RecoveryCodeForm());
		if (result.hasErrors()) {
			return VIEW;
		}
		return outcome(secondFactors.checkCode(pending.get().username(), form.getCode()), pending.get(), result, "code",
				request, response);
	}

	@PostMapping(RECOVERY_PAGE)
	String recoveryCode(@Valid @ModelAttribute("recoveryForm") RecoveryCodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Optional<PendingSignIn> pending = signIn.pending(request.getSession(false));
		if (pending.isEmpty()) {
			return "redirect:/login?expired";
		}
		model.addAttribute("codeForm", new SecondStepCodeForm());
		model.addAttribute("recoveryOpen", true);
		if (result.hasErrors()) {
			return VIEW;
		}
		return outcome(secondFactors.checkRecoveryCode(pending.get().username(), form.getRecoveryCode()), pending.get(),
				result, "recoveryCode", request, response);
	}

	private String outcome(CodeCheck check, PendingSignIn pending, BindingResult result, String field,
			HttpServletRequest request, HttpServletResponse response) {
		switch (check) {
			case ACCEPTED -> {
				return "redirect:" + signIn.complete(pending, request, response);
			}
			case LOCKED -> {
				signIn.abandon(request.getSession());
				return "redirect:/login?locked";
			}
			case REUSED -> Messages.reject(result, field, Messages.of("second-factor.code.reused"));
			default -> Messages.reject(result, field, field.equals("code") ? Messages.of("second-factor.code.wrong")
					: Messages.of("second-factor.recovery-code.wrong"));
		}
		return VIEW;
	}

}
