package com.provisioningportal.portal.identity;

import java.util.List;

import com.provisioningportal.portal.identity.SecondFactors.ResetSecondFactor;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator removing a user's second factor, e.g. for a lost phone; the user's name typed confirms it. */
@Controller
class SecondFactorResetController implements AccessRules {

	private static final String RESET = "/admin/users/{id}/second-factor/reset";

	private final SecondFactors secondFactors;

	SecondFactorResetController(SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(RESET, Access.ADMIN));
	}

	@PostMapping(RESET)
	String reset(@PathVariable long id, @RequestParam(required = false) String confirmation, RedirectAttributes redirect) {
		try {
			String username = secondFactors.reset(new ResetSecondFactor(id, confirmation));
			Flash.success(redirect, Messages.of("second-factor.reset", username));
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

}
