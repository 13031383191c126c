package com.provisioningportal.portal.web;

import java.util.List;

/** Who may use a route. Role names are those of the identity module ({@code VIEWER}, {@code ONBOARDER}, …). */
public enum Access {

	/** Anyone, signed in or not: sign-in page, assets, error page, signed callbacks, customer links. */
	PUBLIC(List.of()),

	/** Any signed-in user. */
	SIGNED_IN(List.of()),

	/** Reading channels (senders, templates, apps, webhooks, projects). */
	CHANNELS_READ(List.of("VIEWER", "ONBOARDER", "ADMIN")),

	/** Changing channels. */
	CHANNELS_CHANGE(List.of("ONBOARDER", "ADMIN")),

	/** Reading the audit log. */
	AUDIT(List.of("AUDITOR", "ADMIN")),

	/** Projects and users. */
	ADMIN(List.of("ADMIN"));

	private final List<String> roles;

	Access(List<String> roles) {
		this.roles = roles;
	}

	/** The roles allowed; empty for {@link #PUBLIC} and {@link #SIGNED_IN}. */
	public List<String> roles() {
		return roles;
	}

	public boolean allows(String role) {
		return switch (this) {
			case PUBLIC -> true;
			case SIGNED_IN -> role != null;
			default -> role != null && roles.contains(role);
		};
	}

}
