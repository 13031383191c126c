package com.provisioningportal.portal.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-line message shown at the top of the next page after an action ("Webhook created. …"). */
public final class Flash {

	/** The model attribute the layout links to the audit entry from. */
	public static final String AUDIT_ID = "flashAuditId";

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("flashSuccess", message);
	}

	/**
	 * A success message with a link to the audit entry that records the change, shown to the roles that may read
	 * the audit log.
	 */
	public static void success(RedirectAttributes redirect, String message, long auditId) {
		success(redirect, message);
		redirect.addFlashAttribute(AUDIT_ID, auditId);
	}

	public static void error(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("flashError", message);
	}

}
