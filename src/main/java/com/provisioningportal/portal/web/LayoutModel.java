package com.provisioningportal.portal.web;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values the layout needs on every page. */
@ControllerAdvice
class LayoutModel {

	private final boolean devMode;

	private final List<SiteNotices> notices;

	private final AccessDecisions access;

	LayoutModel(@Value("${portal.dev-mode:false}") boolean devMode, List<SiteNotices> notices, AccessDecisions access) {
		this.devMode = devMode;
		this.notices = notices;
		this.access = access;
	}

	@ModelAttribute("devMode")
	boolean devMode() {
		return devMode;
	}

	@ModelAttribute("adminNotices")
	List<String> adminNotices(Authentication authentication) {
		return access.allows(Access.ADMIN, authentication) ? notices.stream().flatMap(source -> source.forAdministrators().stream()).toList() : List.of();
	}

}
