package com.provisioningportal.portal.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.sandbox.identity.SandboxIdentityProvider;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.SsoServerTest;
import com.provisioningportal.testsupport.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Provider accounts and portal users: matched on issuer and subject only, a local user's name or e-mail never
 * taken over (refused, or a separate account, by the setting), role and memberships following the groups; and with
 * local sign-in off, the password form is refused even with a valid user and password.
 */
@SsoServerTest
class SsoAccountsTests {

	private static final String ISSUER = "https://id.example.test";

	@Autowired
	SsoAccounts accounts;

	@Autowired
	SeedUsers users;

	@Autowired
	TeamAdministration teams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebApplicationContext context;

	String suffix;

	@BeforeEach
	void newNames() {
		suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theSameIssuerAndSubjectIsTheSameUserWhateverNameAndEMailItClaimsLater() {
		SsoAccounts.SignedIn first = accounts.signIn(account(ISSUER, "sub-" + suffix, "lee-" + suffix, "lee-" + suffix + "@example.test"));
		SsoAccounts.SignedIn later = accounts.signIn(account(ISSUER, "sub-" + suffix, "renamed-" + suffix, "new-" + suffix + "@example.test"));
		SsoAccounts.SignedIn otherIssuer = accounts.signIn(account("https://other.example.test", "sub-" + suffix, "lee-" + suffix, null));

		assertThat(later.username()).isEqualTo(first.username()).isEqualTo("lee-" + suffix);
		assertThat(otherIssuer.username()).isNotEqualTo(first.username()).isEqualTo("lee-" + suffix + "-sso");
		assertThat(userIdOf(ISSUER, "sub-" + suffix)).isNotEqualTo(userIdOf("https://other.example.test", "sub-" + suffix));
	}

	@Test
	void anAccountClaimingALocalUsersEMailIsRefusedByDefault() {
		String local = "anna." + suffix + "@corp.example";
		users.ensure(local, local, "VIEWER");

		assertThatThrownBy(() -> accounts.signIn(account(ISSUER, "sub-" + suffix, "anna-" + suffix, local)))
			.isInstanceOfSatisfying(OAuth2AuthenticationException.class,
					refused -> assertThat(refused.getError().getErrorCode()).isEqualTo(SsoAccounts.COLLISION));
		assertThat(jdbc.sql("select count(*) from user_identity where subject = :subject").param("subject", "sub-" + suffix)
			.query(Integer.class)
			.single()).isZero();
		assertThat(auditRows("SSO_USER_CREATE", "anna-" + suffix, "FAILED")).isEqualTo(1);
	}

	@Test
	void anAccountClaimingALocalUsersNameOrEMailGetsAnAccountOfItsOwnWhenSoSet() {
		String local = "bo." + suffix + "@corp.example";
		users.ensure(local, local, "VIEWER");
		long localId = jdbc.sql("select id from portal_user where username = :name").param("name", local).query(Long.class).single();

		SsoAccounts.SignedIn signedIn = accounts.signIn(account(ISSUER, "sub-" + suffix, local, local),
				SsoSettings.EmailCollision.SEPARATE);

		assertThat(signedIn.username()).isEqualTo(local + "-sso");
		assertThat(userIdOf(ISSUER, "sub-" + suffix)).isNotEqualTo(localId);
		assertThat(auditRows("SSO_USER_CREATE", local + "-sso", "SUCCEEDED")).isEqualTo(1);
	}

	@Test
	void groupsGiveTheTeamRolesAndTheAdminGroupMakesAnAdministratorInNoTeam() {
		String team = "Groups " + suffix;
		long teamId = teams.create(team).id();
		teams.addGroup(teamId, "viewers-" + suffix, TeamRole.VIEWER);
		teams.addGroup(teamId, "onboarders-" + suffix, TeamRole.ONBOARDER);

		SsoAccounts.SignedIn both = accounts.signIn(account(ISSUER, "sub-" + suffix, "kim-" + suffix, null,
				"viewers-" + suffix, "onboarders-" + suffix));
		assertThat(both.role()).isEqualTo(Role.ONBOARDER);
		assertThat(teamRoleOf(both.username())).containsExactly("ONBOARDER");

		SsoAccounts.SignedIn viewer = accounts.signIn(account(ISSUER, "sub-" + suffix, "kim-" + suffix, null, "viewers-" + suffix));
		assertThat(viewer.role()).isEqualTo(Role.VIEWER);
		assertThat(teamRoleOf(viewer.username())).containsExactly("VIEWER");

		SsoAccounts.SignedIn admin = accounts.signIn(account(ISSUER, "sub-" + suffix, "kim-" + suffix, null,
				"viewers-" + suffix, SandboxIdentityProvider.ADMIN_GROUP));
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		assertThat(teamRoleOf(admin.username())).isEmpty();
		assertThat(auditRows("SSO_ROLE_CHANGE", admin.username(), "SUCCEEDED")).isEqualTo(2);
	}

	@Test
	void withLocalSignInOffThePasswordFormIsRefusedAndThePageOffersOnlyTheProvider() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

		mvc.perform(post("/login").param("username", "admin").param("password", "admin").with(csrf()))
			.andExpect(unauthenticated());
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("Sign in with " + TestIdentityProvider.PROVIDER_NAME)))
			.andExpect(content().string(not(containsString("id=\"password\""))));
	}

	private static OidcUser account(String issuer, String subject, String preferredUsername, String email, String... groups) {
		OidcIdToken.Builder token = OidcIdToken.withTokenValue("id-token")
			.issuer(issuer)
			.subject(subject)
			.audience(List.of(SandboxIdentityProvider.CLIENT_ID))
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(300))
			.claim("preferred_username", preferredUsername)
			.claim(SsoAccounts.GROUPS_CLAIM, List.of(groups));
		if (email != null) {
			token.claim("email", email);
		}
		return new DefaultOidcUser(List.of(), token.build());
	}

	private long userIdOf(String issuer, String subject) {
		return jdbc.sql("select user_id from user_identity where issuer = :issuer and subject = :subject")
			.param("issuer", issuer)
			.param("subject", subject)
			.query(Long.class)
			.single();
	}

	private List<String> teamRoleOf(String username) {
		return jdbc.sql("""
				select m.role from team_member m join portal_user u on u.id = m.user_id
				join team t on t.id = m.team_id where u.username = :user and t.name = :team""")
			.param("user", username)
			.param("team", "Groups " + suffix)
			.query(String.class)
			.list();
	}

	private int auditRows(String action, String resource, String phase) {
		return jdbc.sql("select count(*) from audit_event where action = :action and resource_id = :resource and phase = :phase")
			.param("action", action)
			.param("resource", resource)
			.param("phase", phase)
			.query(Integer.class)
			.single();
	}

}
