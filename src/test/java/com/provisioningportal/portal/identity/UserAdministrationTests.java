package com.provisioningportal.portal.identity;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.Cookie;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.SessionCookies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class UserAdministrationTests {

	private static final String TEMPORARY = "temporary password 1";

	@Autowired
	MockMvc mvc;

	@Autowired
	SeedUsers users;

	@Autowired
	JdbcClient jdbc;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void anAdministratorAddsAUserWhoMustChooseTheirOwnPasswordAtFirstSignIn() throws Exception {
		String name = uniqueName();

		mvc.perform(asAdmin(post("/admin/users")).param("username", name).param("role", "ONBOARDER")
			.param("temporaryPassword", TEMPORARY)).andExpect(redirectedUrlPattern("/admin/users/*"));

		assertThat(row(name).role()).isEqualTo("ONBOARDER");
		Cookie session = SessionCookies.signIn(mvc, name, TEMPORARY);
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void userNamesAreUniqueRegardlessOfCase() throws Exception {
		String name = uniqueName();
		users.ensure(name, TEMPORARY, "VIEWER");

		mvc.perform(asAdmin(post("/admin/users")).param("username", name.toUpperCase(java.util.Locale.ROOT))
			.param("role", "VIEWER").param("temporaryPassword", TEMPORARY))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A user with this name already exists.")));
	}

	@Test
	void aRoleChangeTakesEffectAndEndsTheUsersSessions() throws Exception {
		String name = uniqueName();
		users.ensure(name, TEMPORARY, "VIEWER");
		Cookie session = SessionCookies.signIn(mvc, name, TEMPORARY);

		mvc.perform(asAdmin(post("/admin/users/" + row(name).id() + "/role")).param("role", "AUDITOR"))
			.andExpect(flash().attribute("flashSuccess", name + " is now Auditor."));

		assertThat(row(name).role()).isEqualTo("AUDITOR");
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
		String name = uniqueName();
		users.ensure(name, TEMPORARY, "VIEWER");
		long id = row(name).id();

		mvc.perform(asAdmin(post("/admin/users/" + id + "/disable"))).andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(post("/login").param("username", name).param("password", TEMPORARY).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));

		mvc.perform(asAdmin(post("/admin/users/" + id + "/enable")));
		mvc.perform(post("/login").param("username", name).param("password", TEMPORARY).with(csrf()))
			.andExpect(authenticated());
	}

	@Test
	void anAdministratorUnlocksALockedName() throws Exception {
		String name = uniqueName();
		users.ensure(name, TEMPORARY, "VIEWER");
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(post("/login").param("username", name).param("password", "wrong").with(csrf()));
		}
		mvc.perform(asAdmin(get("/admin/users/" + row(name).id()))).andExpect(content().string(containsString("Unlock sign-in")));

		mvc.perform(asAdmin(post("/admin/users/" + row(name).id() + "/unlock")));
		mvc.perform(asAdmin(get("/admin/users/" + row(name).id()))).andExpect(content().string(not(containsString("Unlock sign-in"))));

		mvc.perform(post("/login").param("username", name).param("password", TEMPORARY).with(csrf()))
			.andExpect(authenticated());
	}

	@Test
	void aPasswordResetForcesANewPasswordAtNextSignIn() throws Exception {
		String name = uniqueName();
		users.ensure(name, TEMPORARY, "VIEWER");
		Cookie oldSession = SessionCookies.signIn(mvc, name, TEMPORARY);

		mvc.perform(asAdmin(post("/admin/users/" + row(name).id() + "/password")).param("temporaryPassword", "reset password 22"))
			.andExpect(redirectedUrl("/admin/users/" + row(name).id()));

		mvc.perform(get("/").cookie(oldSession)).andExpect(redirectedUrl("/login"));
		Cookie session = SessionCookies.signIn(mvc, name, "reset password 22");
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
	}

	@Test
	void anAdministratorCannotDisableThemself() throws Exception {
		long id = row("admin").id();

		mvc.perform(asAdmin(post("/admin/users/" + id + "/disable")))
			.andExpect(flash().attribute("flashError", "You cannot disable your own account."));
		assertThat(row("admin").enabled()).isTrue();
	}

	@Test
	@Transactional
	void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() throws Exception {
		String last = uniqueName();
		users.ensure(last, TEMPORARY, "ADMIN");
		// Inside this test's transaction, which is rolled back: everyone else stops being an enabled administrator.
		jdbc.sql("update portal_user set enabled = false where role = 'ADMIN' and username <> ?").param(last).update();
		long id = row(last).id();

		mvc.perform(asAdmin(post("/admin/users/" + id + "/role")).param("role", "VIEWER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The last administrator cannot be given another role.")));
		mvc.perform(asAdmin(post("/admin/users/" + id + "/disable")))
			.andExpect(flash().attribute("flashError", "The last administrator cannot be disabled. Make someone else an administrator first."));

		assertThat(row(last).role()).isEqualTo("ADMIN");
		assertThat(row(last).enabled()).isTrue();
	}

	@Test
	@Transactional
	void anAdministratorCanBeDemotedWhileAnotherRemains() throws Exception {
		String first = uniqueName();
		String second = uniqueName();
		users.ensure(first, TEMPORARY, "ADMIN");
		users.ensure(second, TEMPORARY, "ADMIN");
		jdbc.sql("update portal_user set enabled = false where role = 'ADMIN' and username not in (?, ?)").params(first, second).update();

		mvc.perform(asAdmin(post("/admin/users/" + row(first).id() + "/role")).param("role", "VIEWER"));
		entityManager.flush();

		assertThat(row(first).role()).isEqualTo("VIEWER");
	}

	@Test
	void aMissingUserIsNotFound() throws Exception {
		mvc.perform(asAdmin(get("/admin/users/987654321"))).andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).with(csrf());
	}

	private UserRow row(String name) {
		return jdbc.sql("select id, role, enabled from portal_user where username = ?").param(name).query(UserRow.class).single();
	}

	private static String uniqueName() {
		return "adm-" + UUID.randomUUID().toString().substring(0, 8);
	}

	record UserRow(long id, String role, boolean enabled) {
	}

}
