package com.provisioningportal.portal.web;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** An access level asked about a signed-in user decides by the roles they hold, and by none for nobody. */
class AccessTests {

	@Test
	void aUsersRolesAreTheirRoleAuthoritiesWithoutThePrefix() {
		Authentication onboarder = signedIn("ROLE_ONBOARDER", "FACTOR_PASSWORD");

		assertThat(Access.rolesOf(onboarder)).containsExactly("ONBOARDER");
		assertThat(Access.CHANNELS_CHANGE.allowsUser(onboarder)).isTrue();
		assertThat(Access.ADMIN.allowsUser(onboarder)).isFalse();
		assertThat(Access.SIGNED_IN.allowsUser(onboarder)).isTrue();
	}

	@Test
	void nobodySignedInHoldsNoRoleAndPassesOnlyPublicRoutes() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

		for (Authentication nobody : new Authentication[] { anonymous, null }) {
			assertThat(Access.rolesOf(nobody)).isEmpty();
			assertThat(Access.PUBLIC.allowsUser(nobody)).isTrue();
			assertThat(Access.SIGNED_IN.allowsUser(nobody)).isFalse();
			assertThat(Access.CHANNELS_READ.allowsUser(nobody)).isFalse();
		}
	}

	private static Authentication signedIn(String... authorities) {
		return UsernamePasswordAuthenticationToken.authenticated("ann", null, AuthorityUtils.createAuthorityList(authorities));
	}

}
