package com.provisioningportal.portal.web;

import org.springframework.validation.BindingResult;

/**
 * A change a feature's rules refuse (a name taken, the last administrator, a weak password). {@code field} names
 * the form field the message belongs next to, or is null for a message about the whole form.
 */
public class RuleViolation extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public RuleViolation(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

	/** Puts the message next to its field, or at the top of the form. */
	public void rejectIn(BindingResult result) {
		if (field != null) {
			result.rejectValue(field, "rule", getMessage());
		}
		else {
			result.reject("rule", getMessage());
		}
	}

}
