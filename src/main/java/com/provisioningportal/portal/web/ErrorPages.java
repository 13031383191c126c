package com.provisioningportal.portal.web;

import org.springframework.stereotype.Component;

/** Plain words for the error page; never the exception, its message or a stack trace. */
@Component("errorPages")
public class ErrorPages {

	public String title(Object status) {
		return switch (code(status)) {
			case 400 -> "The request could not be understood";
			case 403 -> "You do not have access to this page";
			case 404 -> "Page not found";
			case 405 -> "This action is not available here";
			default -> "Something went wrong on our side";
		};
	}

	public String advice(Object status) {
		return switch (code(status)) {
			case 400 -> "Something in the address or the form was not in the expected shape. Go back and try again.";
			case 403 -> "Your role does not allow this. Ask an administrator if you need it.";
			case 404 -> "The address may be mistyped, or the thing it pointed to no longer exists.";
			case 405 -> "The page was reached in a way it does not support. Go back and use the page's buttons.";
			default -> "The problem was recorded. Try again in a moment; if it keeps happening, tell your administrator the time it happened.";
		};
	}

	private static int code(Object status) {
		if (status instanceof Integer value) {
			return value;
		}
		try {
			return Integer.parseInt(String.valueOf(status));
		}
		catch (NumberFormatException ex) {
			return 500;
		}
	}

}
