package com.provisioningportal.portal.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user whose password was generated or reset by someone else reaches nothing but the password page (and
 * sign-out) until they choose their own.
 */
class ForcedPasswordChangeFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private static final Set<String> ALLOWED_PREFIXES = Set.of(PASSWORD_PAGE, "/logout", "/webjars/", "/css/", "/js/",
			"/images/", "/favicon.ico", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalUserPrincipal user
				&& user.mustChangePassword() && !allowed(request.getRequestURI().substring(request.getContextPath().length()))) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(String path) {
		return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
