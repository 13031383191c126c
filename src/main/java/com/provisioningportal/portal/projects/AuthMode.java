package com.provisioningportal.portal.projects;

/** How the portal authenticates to Sinch for a project. */
public enum AuthMode {

	OAUTH2("OAuth2 (recommended)"),
	BASIC("Basic: testing only, heavily rate limited by Sinch");

	private final String label;

	AuthMode(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
