package com.provisioningportal.portal.identity;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * What happens after the right password. A user with a second factor is not signed in yet: the session only
 * remembers who gave the password, and the code page finishes the sign-in. Spring Security's own multi-factor
 * support asks every user for the same factors (per-user conditions come in a later version) and has no TOTP
 * factor, so the portal keeps this step itself. An administrator who must have a second factor and has none is
 * signed in but sent to set it up, reaching nothing else until then ({@link SecondFactorEnrolmentFilter}).
 */
@Component
class SecondStepSignIn implements AuthenticationSuccessHandler {

	static final String CODE_PAGE = "/login/code";

	static final String PENDING = "portal.sign-in.second-step";

	static final String MUST_ENROL = "portal.sign-in.must-enrol";

	/** How long the code may take after the password before the sign-in starts over. */
	static final Duration CODE_TIME = Duration.ofMinutes(5);

	/** Who gave the right password, and when. */
	record PendingSignIn(String username, Instant since) implements Serializable {
	}

	private final SecondFactors secondFactors;

	private final PortalUserDetailsService userDetails;

	private final Clock clock;

	private final AuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

	/** As form login's: the session's, and the request's for what this request still does. */
	private final SecurityContextRepository contextRepository = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final RequestCache requestCache = new HttpSessionRequestCache();

	SecondStepSignIn(SecondFactors secondFactors, PortalUserDetailsService userDetails, Clock clock) {
		this.secondFactors = secondFactors;
		this.userDetails = userDetails;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		switch (secondFactors.afterPassword(authentication.getName())) {
			case CODE -> {
				signOutOfThisRequest(request, response);
				request.getSession().setAttribute(PENDING, new PendingSignIn(authentication.getName(), clock.instant()));
				response.sendRedirect(request.getContextPath() + CODE_PAGE);
			}
			case ENROL -> {
				request.getSession().setAttribute(MUST_ENROL, Boolean.TRUE);
				response.sendRedirect(request.getContextPath() + SecondFactorEnrolmentFilter.ENROLMENT_PAGE);
			}
			case NONE -> signedIn.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/** The sign-in waiting for its code, unless there is none or it waited too long (then it is forgotten). */
	Optional<PendingSignIn> pending(HttpSession session) {
		if (session == null || !(session.getAttribute(PENDING) instanceof PendingSignIn pending)) {
			return Optional.empty();
		}
		if (pending.since().plus(CODE_TIME).isBefore(clock.instant())) {
			session.removeAttribute(PENDING);
			return Optional.empty();
		}
		return Optional.of(pending);
	}

	void abandon(HttpSession session) {
		session.removeAttribute(PENDING);
	}

	/**
	 * Signs the user in with their account as it is now, in a session with a new id, and returns where they were
	 * going (or back to the sign-in page when their account was disabled meanwhile).
	 */
	String complete(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
		request.getSession().removeAttribute(PENDING);
		UserDetails principal = userDetails.loadUserByUsername(pending.username());
		if (!principal.isEnabled()) {
			// Disabled while typing the code: the same answer as a wrong password, as at the first step.
			return "/login?error";
		}
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
		SavedRequest saved = requestCache.getRequest(request, response);
		if (saved == null) {
			return "/";
		}
		requestCache.removeRequest(request, response);
		return saved.getRedirectUrl();
	}

	/** Form login saved the authentication already; it must not outlive this request. */
	private void signOutOfThisRequest(HttpServletRequest request, HttpServletResponse response) {
		SecurityContextHolder.clearContext();
		contextRepository.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
	}

}
