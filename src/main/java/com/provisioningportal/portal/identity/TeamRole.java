package com.provisioningportal.portal.identity;

/** The role a member holds in one team, on that team's projects. */
enum TeamRole {

	VIEWER("Viewer"), ONBOARDER("Onboarder"), AUDITOR("Auditor");

	private final String label;

	TeamRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
