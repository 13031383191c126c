package com.provisioningportal.portal.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An administrator who must have a second factor and signed in without one reaches nothing but its set-up page
 * (and the password page, which a temporary password sends them to first, and sign-out) until it is on.
 */
class SecondFactorEnrolmentFilter extends OncePerRequestFilter {

	static final String ENROLMENT_PAGE = "/account/second-factor";

	private static final Set<String> ALLOWED_PREFIXES = Set.of(ENROLMENT_PAGE, ForcedPasswordChangeFilter.PASSWORD_PAGE,
			"/logout", "/webjars/", "/css/", "/js/", "/images/", "/favicon.ico", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && Boolean.TRUE.equals(session.getAttribute(SecondStepSignIn.MUST_ENROL))
				&& !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + ENROLMENT_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
