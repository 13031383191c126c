package com.provisioningportal.portal.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import com.provisioningportal.portal.identity.SecondFactors.ConfirmEnrolment;
import com.provisioningportal.portal.identity.SecondFactors.Enrolment;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The account's second factor: setting up an authenticator app, confirmed by one of its codes. */
@Controller
@RequestMapping(SecondFactorEnrolmentFilter.ENROLMENT_PAGE)
class SecondFactorController implements AccessRules {

	private static final String VIEW = "identity/second-factor";

	private final SecondFactors secondFactors;

	SecondFactorController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.any(SecondFactorEnrolmentFilter.ENROLMENT_PAGE, Access.SIGNED_IN));
	}

	@ModelAttribute("mustEnrol")
	boolean mustEnrol(HttpServletRequest request) {
		return request.getSession(false) != null
				&& Boolean.TRUE.equals(request.getSession(false).getAttribute(SecondStepSignIn.MUST_ENROL));
	}

	@GetMapping
	String page(Authentication authentication, Model model) {
		if (secondFactors.enrolled(authentication.getName())) {
			model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(authentication.getName()));
			return VIEW;
		}
		return enrolment(secondFactors.begin(authentication.getName()), new SecondStepCodeForm(), model);
	}

	@PostMapping
	String confirm(@Valid @ModelAttribute("codeForm") SecondStepCodeForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, Model model) {
		String username = authentication.getName();
		if (secondFactors.enrolled(username)) {
			return "redirect:" + SecondFactorEnrolmentFilter.ENROLMENT_PAGE;
		}
		if (!result.hasErrors()) {
			try {
				List<String> recoveryCodes = secondFactors
					.confirm(new ConfirmEnrolment(username, form.getCode(), request.getSession().getId()));
				request.getSession().removeAttribute(SecondStepSignIn.MUST_ENROL);
				model.addAttribute("mustEnrol", false);
				model.addAttribute("recoveryCodes", recoveryCodes);
				model.addAttribute("recoveryCodesLeft", recoveryCodes.size());
				return VIEW;
			}
			catch (RuleViolation violation) {
				violation.rejectIn(result);
			}
		}
		Enrolment enrolment = secondFactors.pending(username).orElseGet(() -> secondFactors.begin(username));
		return enrolment(enrolment, form, model);
	}

	private static String enrolment(Enrolment enrolment, SecondStepCodeForm form, Model model) {
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("qrCode", QrCodes.svgDataUri(enrolment.uri()));
		model.addAttribute("codeForm", form);
		return VIEW;
	}

}
