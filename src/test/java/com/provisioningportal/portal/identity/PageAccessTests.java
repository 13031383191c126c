package com.provisioningportal.portal.identity;

import com.provisioningportal.portal.web.Access;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A level of access asked about a user decides by the roles they hold, as identity's roles define them. */
class PageAccessTests {

	private final PageAccess access = new PageAccess();

	@Test
	void aUsersRolesAreTheirRoleAuthoritiesWithoutThePrefix() {
		Authentication onboarder = signedIn("ROLE_ONBOARDER", "FACTOR_PASSWORD");

		assertThat(Access.rolesOf(onboarder)).containsExactly("ONBOARDER");
		assertThat(access.allows(Access.CHANNELS_CHANGE, onboarder)).isTrue();
		assertThat(access.allows(Access.ADMIN, onboarder)).isFalse();
		assertThat(access.allows(Access.SIGNED_IN, onboarder)).isTrue();
	}

	@Test
	void eachRoleReachesItsOwnLevelsOnly() {
		assertThat(Role.reaching(Access.CHANNELS_READ)).containsExactly("VIEWER", "ONBOARDER", "ADMIN");
		assertThat(Role.reaching(Access.CHANNELS_CHANGE)).containsExactly("ONBOARDER", "ADMIN");
		assertThat(Role.reaching(Access.AUDIT)).containsExactly("AUDITOR", "ADMIN");
		assertThat(Role.reaching(Access.ADMIN)).containsExactly("ADMIN");
		assertThat(Role.reaches("AUDITOR", Access.CHANNELS_READ)).isFalse();
		assertThat(Role.reaches("NOT_A_ROLE", Access.CHANNELS_READ)).isFalse();
	}

	@Test
	void nobodySignedInHoldsNoRoleAndPassesOnlyPublicRoutes() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

		for (Authentication nobody : new Authentication[] { anonymous, null }) {
			assertThat(Access.rolesOf(nobody)).isEmpty();
			assertThat(access.allows(Access.PUBLIC, nobody)).isTrue();
			assertThat(access.allows(Access.SIGNED_IN, nobody)).isFalse();
			assertThat(access.allows(Access.CHANNELS_READ, nobody)).isFalse();
		}
	}

	private static Authentication signedIn(String... authorities) {
		return UsernamePasswordAuthenticationToken.authenticated("ann", null, AuthorityUtils.createAuthorityList(authorities));
	}

}
