package com.provisioningportal.portal.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides every route with a {@code {projectId}} by the user's role on that project, pages, htmx fragments and
 * status polls alike: a project outside the user's teams is not found (a 403 would tell that it exists), and a role
 * the route's rule does not allow is forbidden. The request then runs with the project role as the user's role, so
 * the page offers what the team role allows and the audit log records the role the change was made with.
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
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<RouteTable.Match> match = routes.match(HttpMethod.valueOf(request.getMethod()), path);
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		// Public project routes (Sinch's signed callbacks) are system actors: no user, no team.
		if (match.isEmpty() || match.get().projectId().isEmpty() || match.get().rule().access() == Access.PUBLIC
				|| user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		Optional<String> role = access.roleOn(user.getName(), match.get().projectId().get());
		if (role.isEmpty()) {
			request.setAttribute(HIDDEN, true);
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		if (!Role.reaches(role.get(), match.get().rule().access())) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		SecurityContext signedIn = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(withRole(user, role.get()));
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(signedIn);
		}
	}

	/** The same user for this request only, their portal role replaced by their role on the project. */
	private static SecurityContext withRole(Authentication user, String role) {
		List<GrantedAuthority> authorities = Stream
			.concat(user.getAuthorities().stream().filter(authority -> !String.valueOf(authority.getAuthority()).startsWith("ROLE_")),
					Stream.of(new SimpleGrantedAuthority("ROLE_" + role)))
			.toList();
		UsernamePasswordAuthenticationToken scoped = UsernamePasswordAuthenticationToken.authenticated(user.getPrincipal(),
				null, authorities);
		scoped.setDetails(user.getDetails());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(scoped);
		return context;
	}

}
