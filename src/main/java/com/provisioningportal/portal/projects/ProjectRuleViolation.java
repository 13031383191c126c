package com.provisioningportal.portal.projects;

/** A project change the rules refuse; {@code field} names the form field the message belongs next to, or is null. */
class ProjectRuleViolation extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	ProjectRuleViolation(String field, String message) {
		super(message);
		this.field = field;
	}

	String field() {
		return field;
	}

}
