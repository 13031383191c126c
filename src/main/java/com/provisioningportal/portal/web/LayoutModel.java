package com.provisioningportal.portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values the layout needs on every page. */
@ControllerAdvice
class LayoutModel {

	private final boolean devMode;

	LayoutModel(@Value("${portal.dev-mode:false}") boolean devMode) {
		this.devMode = devMode;
	}

	@ModelAttribute("devMode")
	boolean devMode() {
		return devMode;
	}

}
