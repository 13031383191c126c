package com.provisioningportal.portal.whatsapp.signup;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** On the customer's pages, a refused link or step is explained on the refusal page, never the portal's error page. */
@ControllerAdvice(assignableTypes = { SignupController.class, SignupDialogController.class, SignupCallbackController.class })
class SignupRefusedAdvice {

	@ExceptionHandler(SignupRefused.class)
	ModelAndView refusedLink(SignupRefused ex, HttpServletResponse response) {
		Model model = new ExtendedModelMap();
		String view = SignupPages.refused(model, response, ex);
		return new ModelAndView(view, model.asMap());
	}

}
