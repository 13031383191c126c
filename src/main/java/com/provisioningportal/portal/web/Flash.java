package com.provisioningportal.portal.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-line message shown at the top of the next page after an action ("Webhook created. …"). */
public final class Flash {

	private Flash() {
	}

	public static void success(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("flashSuccess", message);
	}

	public static void error(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("flashError", message);
	}

}
