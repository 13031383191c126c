package com.provisioningportal.portal.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides every route with a {@code {projectId}} by the user's role on that project, pages, htmx fragments and
 * status polls alike: a project outside the user's teams is not found (a 403 would tell that it exists), and a role
 * the route's rule does not allow is forbidden.
 */
final class ProjectAccessFilter extends OncePerRequestFilter {

	/** Set on a request answered "not found" because the project is outside the user's teams; read by tests. */
	static final String HIDDEN = ProjectAccessFilter.class.getName() + ".hidden";

	private final RouteTable routes;

	private final ProjectAccess access;

	ProjectAccessFilter(RouteTable routes, ProjectAccess access) {
		this.routes = routes;
		this.access = access;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpMethod method = HttpMethod.valueOf(request.getMethod());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<AccessRule> rule = routes.ruleFor(method, path);
		Optional<String> projectId = routes.projectOf(method, path);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		// Public project routes (Sinch's signed callbacks) are system actors: no user, no team.
		if (projectId.isEmpty() || rule.isEmpty() || rule.get().access() == Access.PUBLIC || user == null
				|| user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<String> role = access.roleOn(user.getName(), projectId.get());
		if (role.isEmpty()) {
			request.setAttribute(HIDDEN, true);
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (!rule.get().access().allows(role.get())) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

}
