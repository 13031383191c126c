package com.provisioningportal.portal.audit;

/**
 * The audit log could not record a change, so the change must not happen. Its message is safe to show to the
 * user; the portal's error handling turns it into a page that says the change was not made.
 */
public class AuditUnavailableException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	AuditUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
