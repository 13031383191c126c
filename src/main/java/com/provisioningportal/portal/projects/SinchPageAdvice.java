package com.provisioningportal.portal.projects;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place a Sinch failure that escapes a page handler becomes the page's error summary: Sinch's message and
 * resolution ({@code sinchError}), or that Sinch could not be reached ({@code sinchUnreachable}), each with what to
 * do next (the {@code fragments/sinch} fragments). A handler marked {@link SinchPage} is shown again with the model
 * it had built; any other gets the error page.
 */
@ControllerAdvice
class SinchPageAdvice {

	@ExceptionHandler(SinchException.class)
	ModelAndView sinchFailed(SinchException ex, HandlerMethod handler, HttpServletRequest request) {
		SinchPage page = handler.getMethodAnnotation(SinchPage.class);
		if (page == null) {
			ModelAndView error = new ModelAndView("error", HttpStatus.BAD_GATEWAY);
			error.addObject("status", HttpStatus.BAD_GATEWAY.value());
			return error;
		}
		ModelAndView view = new ModelAndView(page.value());
		if (request.getAttribute(ProjectArgumentResolver.PAGE_MODEL) instanceof Map<?, ?> model) {
			model.forEach((name, value) -> view.addObject(String.valueOf(name), value));
		}
		for (String name : page.emptyLists()) {
			if (!view.getModel().containsKey(name)) {
				view.addObject(name, List.of());
			}
		}
		if (ex instanceof SinchApiException refused) {
			view.addObject("sinchError", refused);
		}
		else {
			view.addObject("sinchUnreachable", true);
		}
		return view;
	}

}
