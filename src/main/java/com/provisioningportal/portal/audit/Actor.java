package com.provisioningportal.portal.audit;

import java.util.List;
import java.util.Objects;

/**
 * Who did it: a portal user with their roles, or one of the fixed non-human actors. Features normally leave the
 * actor to the audit log, which takes it from the signed-in user; callbacks and jobs name theirs.
 */
public record Actor(String name, List<String> roles) {

	/** Sinch calling back into the portal. */
	public static final Actor SINCH = new Actor("sinch", List.of());

	/** The portal itself: scheduled jobs, start-up. */
	public static final Actor SYSTEM = new Actor("system", List.of());

	/** Someone not signed in, or a sign-in with a name that does not exist. */
	public static final Actor ANONYMOUS = new Actor("anonymous", List.of());

	public Actor {
		Objects.requireNonNull(name, "name");
		roles = List.copyOf(roles).stream().sorted().toList();
	}

	public static Actor user(String username, List<String> roles) {
		return new Actor(username, roles);
	}

	String rolesText() {
		return String.join(",", roles);
	}

}
