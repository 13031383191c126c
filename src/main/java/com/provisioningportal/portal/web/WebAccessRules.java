package com.provisioningportal.portal.web;

import java.util.List;

import org.springframework.stereotype.Component;

@Component
class WebAccessRules implements AccessRules {

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.any("/error", Access.PUBLIC), AccessRule.get("/webjars/**", Access.PUBLIC),
				AccessRule.get("/css/**", Access.PUBLIC), AccessRule.get("/js/**", Access.PUBLIC),
				AccessRule.get("/images/**", Access.PUBLIC), AccessRule.get("/favicon.ico", Access.PUBLIC));
	}

}
