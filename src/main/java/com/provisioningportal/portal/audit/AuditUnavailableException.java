package com.provisioningportal.portal.audit;

import org.springframework.context.MessageSourceResolvable;

/**
 * The audit log could not record a change, so the change must not happen. Its {@link #reason} is safe to show to
 * the user; the portal's error handling turns it into a page that says the change was not made.
 */
public class AuditUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient MessageSourceResolvable reason;

	AuditUnavailableException(MessageSourceResolvable reason, Throwable cause) {
		// For the logs and a failed change's audit row; the user reads the reason.
		super("The audit log could not write a row", cause);
		this.reason = reason;
	}

	/** What the user is told: whether the change was made, and what to do. */
	public MessageSourceResolvable reason() {
		return reason;
	}

}
