package com.provisioningportal.portal.web;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * A message of {@code messages.properties} named in Java. Every code is a string literal handed to {@link #of}, so
 * that a test can check each one against the bundle; Spring's own constructor wants arrays. Arguments may be
 * messages themselves, which the message source resolves first.
 */
public final class Messages {

	private Messages() {
	}

	public static DefaultMessageSourceResolvable of(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] {code}, arguments);
	}

	/**
	 * Puts the message next to {@code field}, or at the top of the form when it is null; the page resolves it
	 * when it shows the errors.
	 */
	public static void reject(Errors errors, String field, MessageSourceResolvable message) {
		String code = message.getCodes()[0];
		if (field != null) {
			errors.rejectValue(field, code, message.getArguments(), null);
		}
		else {
			errors.reject(code, message.getArguments(), null);
		}
	}

}
