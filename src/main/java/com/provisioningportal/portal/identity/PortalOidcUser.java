package com.provisioningportal.portal.identity;

import java.util.List;
import java.util.Objects;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through the provider, as kept in the session: named by their portal user name, which the team
 * rule, the audit log and the session index go by, with their portal role; the ID token is kept for sign-out.
 */
final class PortalOidcUser extends DefaultOidcUser {

	private static final long serialVersionUID = 1L;

	private final String username;

	PortalOidcUser(SsoAccounts.SignedIn user, OidcUser account) {
		super(List.of(new SimpleGrantedAuthority(user.role().authority())), account.getIdToken(), account.getUserInfo(),
				IdTokenClaimNames.SUB);
		this.username = user.username();
	}

	@Override
	public String getName() {
		return username;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalOidcUser user && super.equals(other) && username.equals(user.username);
	}

	@Override
	public int hashCode() {
		return Objects.hash(super.hashCode(), username);
	}

}
