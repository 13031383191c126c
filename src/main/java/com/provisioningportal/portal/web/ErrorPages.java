package com.provisioningportal.portal.web;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** Plain words for the error page; never the exception, its message or a stack trace. */
@Component("errorPages")
public class ErrorPages {

	private final MessageSourceAccessor messages;

	ErrorPages(MessageSource messageSource) {
		this.messages = new MessageSourceAccessor(messageSource);
	}

	public String title(Object status) {
		MessageSourceResolvable title = switch (code(status)) {
			case 400 -> Messages.of("error.400.title");
			case 403 -> Messages.of("error.403.title");
			case 404 -> Messages.of("error.404.title");
			case 405 -> Messages.of("error.405.title");
			default -> Messages.of("error.500.title");
		};
		return messages.getMessage(title);
	}

	public String advice(Object status) {
		MessageSourceResolvable advice = switch (code(status)) {
			case 400 -> Messages.of("error.400.advice");
			case 403 -> Messages.of("error.403.advice");
			case 404 -> Messages.of("error.404.advice");
			case 405 -> Messages.of("error.405.advice");
			default -> Messages.of("error.500.advice");
		};
		return messages.getMessage(advice);
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
