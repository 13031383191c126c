package com.provisioningportal.portal.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session once it is older than the absolute lifetime, however active it was; the idle timeout
 * alone would let a session in steady use (or a stolen cookie kept warm) last for ever. The session's age counts
 * from its first signed-in request, noted on the portal's {@link Clock}: Spring Session's own creation time is on
 * the system clock and is the anonymous visit to the sign-in page.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private static final String SIGNED_IN_AT = "portal.sign-in.signed-in-at";

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final Clock clock;

	private final Duration lifetime;

	SessionLifetimeFilter(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			Instant now = clock.instant();
			if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
				session.setAttribute(SIGNED_IN_AT, now);
			}
			else if (now.isAfter(signedInAt.plus(lifetime))) {
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
