package com.provisioningportal.portal.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who may use a route, as a level of access. Which roles reach a level is the identity module's to say (see
 * {@link AccessDecisions}); the frame and the features only name levels.
 */
public enum Access {

	/** Anyone, signed in or not: sign-in page, assets, error page, signed callbacks, customer links. */
	PUBLIC,

	/** Any signed-in user. */
	SIGNED_IN,

	/** Reading channels (senders, templates, apps, webhooks, projects). */
	CHANNELS_READ,

	/** Changing channels. */
	CHANNELS_CHANGE,

	/** Reading the audit log. */
	AUDIT,

	/** Projects and users. */
	ADMIN;

	private static final String ROLE_PREFIX = "ROLE_";

	/** The role names a user holds ({@code ROLE_X} is {@code X}); empty when nobody is signed in. */
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
