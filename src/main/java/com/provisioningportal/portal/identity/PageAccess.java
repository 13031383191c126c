package com.provisioningportal.portal.identity;

import com.provisioningportal.portal.web.Access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may do, for templates ({@code sec:authorize="@access.allows('CHANNELS_CHANGE')"}): the
 * same access levels the route table applies, so a button shows exactly when its route would let the user in, and
 * no template spells a role name. On a project's pages the role is the one the user holds in the project's teams.
 */
@Component("access")
public class PageAccess {

	private static final String ROLE_PREFIX = "ROLE_";

	public boolean allows(String level) {
		Access access = Access.valueOf(level);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
			return access.allows(null);
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(ROLE_PREFIX))
			.map(authority -> authority.substring(ROLE_PREFIX.length()))
			.anyMatch(access::allows);
	}

}
