package com.provisioningportal.portal.identity;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessDecisions;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a user may do, by the roles they hold: for pages and controllers, and for templates
 * ({@code sec:authorize="@access.allows('CHANNELS_CHANGE')"}), with the same levels the route table applies, so a
 * button shows exactly when its route would let the user in, and no template spells a role name. On a project's
 * pages the role is the one the user holds in the project's teams.
 */
@Component("access")
public class PageAccess implements AccessDecisions {

	public boolean allows(String level) {
		return allows(Access.valueOf(level), SecurityContextHolder.getContext().getAuthentication());
	}

	@Override
	public boolean allows(Access level, @Nullable Authentication user) {
		List<String> held = Access.rolesOf(user);
		return (level == Access.PUBLIC) || held.stream().anyMatch(role -> Role.reaches(role, level));
	}

}
