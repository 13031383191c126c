package com.provisioningportal.portal.projects;

import java.util.List;

import com.provisioningportal.portal.gateway.AuthMode;

/** How the authentication choices read on the project form. */
record AuthModeOption(String name, String label) {

	static final List<AuthModeOption> ALL = List.of(new AuthModeOption(AuthMode.OAUTH2.name(), "OAuth2 (recommended)"),
			new AuthModeOption(AuthMode.BASIC.name(), "Basic: testing only, heavily rate limited by Sinch"));

	static String labelOf(AuthMode mode) {
		return ALL.stream().filter(option -> option.name().equals(mode.name())).findFirst().orElseThrow().label();
	}

}
