package com.provisioningportal.portal.identity;

/** What a portal user may do; see the route table for which pages each role reaches. */
public enum Role {

	VIEWER("Viewer", "Reads projects and channels."),
	ONBOARDER("Onboarder", "Reads and changes channels: connects numbers, manages apps, webhooks and templates."),
	AUDITOR("Auditor", "Reads the audit log only."),
	ADMIN("Administrator", "Everything, plus projects and users.");

	private final String label;

	private final String description;

	Role(String label, String description) {
		this.label = label;
		this.description = description;
	}

	public String label() {
		return label;
	}

	public String description() {
		return description;
	}

	String authority() {
		return "ROLE_" + name();
	}

}
