package com.provisioningportal.portal.identity;

import com.provisioningportal.portal.web.Access;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may do, for templates ({@code sec:authorize="@access.allows('CHANNELS_CHANGE')"}): the
 * same access levels the route table applies, so a button shows exactly when its route would let the user in, and
 * no template spells a role name. On a project's pages the role is the one the user holds in the project's teams.
 */
@Component("access")
public class PageAccess {

	public boolean allows(String level) {
		return Access.valueOf(level).allowsUser(SecurityContextHolder.getContext().getAuthentication());
	}

}
