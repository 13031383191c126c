package com.provisioningportal.portal.identity;

/**
 * A change the identity rules refuse (name taken, last administrator, weak password). {@code field} names the form
 * field the message belongs next to, or is null for a page-level message.
 */
class IdentityRuleViolation extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	IdentityRuleViolation(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return field;
	}

}
