package com.provisioningportal.portal.audit;

import java.util.UUID;

import com.provisioningportal.portal.web.Access;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Works out who is acting and from where for the current thread: the signed-in user (else {@code anonymous})
 * inside a request, {@code system} outside one. The client address is the one Tomcat resolved, which honours
 * forwarded headers only as the server is configured to trust them.
 */
final class Origins {

	static final int USER_AGENT_LENGTH = 512;

	private Origins() {
	}

	static Origin current() {
		HttpServletRequest request = currentRequest();
		Actor actor = signedInActor();
		if (request == null) {
			return new Origin((actor != null) ? actor : Actor.SYSTEM, null, null, UUID.randomUUID());
		}
		return new Origin((actor != null) ? actor : Actor.ANONYMOUS, request.getRemoteAddr(),
				AuditValues.text(request.getHeader("User-Agent"), USER_AGENT_LENGTH), correlationId(request));
	}

	static UUID correlationId(HttpServletRequest request) {
		Object id = request.getAttribute(CorrelationFilter.ATTRIBUTE);
		if (id instanceof UUID uuid) {
			return uuid;
		}
		// A request that did not pass the filter (an error dispatch, a test) still gets one id for all its rows.
		UUID created = UUID.randomUUID();
		request.setAttribute(CorrelationFilter.ATTRIBUTE, created);
		return created;
	}

	static @Nullable HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

	static @Nullable Actor actorOf(@Nullable Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return Actor.user(authentication.getName(), Access.rolesOf(authentication));
	}

	private static @Nullable Actor signedInActor() {
		return actorOf(SecurityContextHolder.getContext().getAuthentication());
	}

}
