package com.provisioningportal.portal.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContext;

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

	public static void success(RedirectAttributes redirect, MessageSourceResolvable message) {
		success(redirect, text(message));
	}

	public static void success(RedirectAttributes redirect, MessageSourceResolvable message, long auditId) {
		success(redirect, text(message), auditId);
	}

	/** A success message on the page this request renders itself, with the link to its audit entry. */
	public static void successHere(Model model, MessageSourceResolvable message, long auditId) {
		model.addAttribute("flashSuccess", text(message));
		model.addAttribute(AUDIT_ID, auditId);
	}

	public static void error(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("flashError", message);
	}

	public static void error(RedirectAttributes redirect, MessageSourceResolvable message) {
		error(redirect, text(message));
	}

	/** Resolved now, in the request's locale: the next page only shows the text. */
	private static String text(MessageSourceResolvable message) {
		ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		return new RequestContext(attributes.getRequest()).getMessage(message, false);
	}

}
