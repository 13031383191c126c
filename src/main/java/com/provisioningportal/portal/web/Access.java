package com.provisioningportal.portal.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

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

	private static final String ROLE_PREFIX = "ROLE_";

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

	/** Whether someone holding these roles (none when not signed in) may use the route. */
	public boolean allowsUser(@Nullable Authentication authentication) {
		List<String> held = rolesOf(authentication);
		return held.isEmpty() ? allows(null) : held.stream().anyMatch(this::allows);
	}

	/** The role names a user holds ({@code ROLE_ADMIN} is {@code ADMIN}); empty when nobody is signed in. */
	public static List<String> rolesOf(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return List.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map(authority -> authority.substring(ROLE_PREFIX.length()))
			.toList();
	}

}
