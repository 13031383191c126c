package com.provisioningportal.portal.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Whatever feature page tried a change the audit log could not record, the user is told it was not made and why. */
@ControllerAdvice
class AuditUnavailableAdvice {

	private final MessageSourceAccessor messages;

	AuditUnavailableAdvice(MessageSource messageSource) {
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@ExceptionHandler(AuditUnavailableException.class)
	ModelAndView auditUnavailable(AuditUnavailableException ex) {
		ModelAndView page = new ModelAndView("audit/unavailable", HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("message", messages.getMessage(ex.reason()));
		return page;
	}

}
