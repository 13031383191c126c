package com.provisioningportal.portal.whatsapp.signup;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** On the customer's pages, a refused link or step is explained on the refusal page, never the portal's error page. */
@ControllerAdvice(assignableTypes = { SignupController.class, SignupDialogController.class })
class SignupRefusedAdvice {

	@ExceptionHandler(SignupRefused.class)
	ModelAndView refusedLink(SignupRefused ex, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return new ModelAndView("signup/refused", Map.of("message", ex.getMessage()));
	}

}
