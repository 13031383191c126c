package com.provisioningportal.portal.identity;

import org.springframework.validation.BindingResult;

final class Forms {

	private Forms() {
	}

	/** Puts a rule violation next to its field, or at the top of the form when it concerns no single field. */
	static void reject(BindingResult result, IdentityRuleViolation violation) {
		if (violation.field() != null) {
			result.rejectValue(violation.field(), "identity.rule", violation.getMessage());
		}
		else {
			result.reject("identity.rule", violation.getMessage());
		}
	}

}
