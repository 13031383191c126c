package com.provisioningportal.portal.identity;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Spring's reading of the (already validated) ID token and user info, then the portal's account for them. */
final class PortalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService claims = new OidcUserService();

	private final SsoAccounts accounts;

	PortalOidcUserService(SsoAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser account = claims.loadUser(request);
		return new PortalOidcUser(accounts.signIn(account), account);
	}

}
