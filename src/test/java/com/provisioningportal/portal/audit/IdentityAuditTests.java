package com.provisioningportal.portal.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.http.Cookie;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.SessionCookies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The identity module's changes, and sign-ins of known users, arrive in the audit log. */
@PortalTest
class IdentityAuditTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditSearch search;

	@Autowired
	SeedUsers users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void creatingAUserAndChangingTheirRoleWriteAttemptAndOutcomeRowsWithoutAnyPassword() throws Exception {
		String name = "audited-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", name).param("role", "VIEWER").param("temporaryPassword", PASSWORD));
		long id = jdbc.sql("select id from portal_user where username = :name").param("name", name).query(Long.class).single();
		mvc.perform(post("/admin/users/" + id + "/role").with(user("admin").roles("ADMIN")).with(csrf()).param("role", "AUDITOR"));

		List<AuditContent> rows = rowsOf(name);
		assertThat(rows).extracting(row -> row.action() + " " + row.phase())
			.containsExactly("USER_CREATE ATTEMPT", "USER_CREATE SUCCEEDED", "USER_ROLE_CHANGE ATTEMPT",
					"USER_ROLE_CHANGE SUCCEEDED");
		assertThat(rows).allSatisfy(row -> assertThat(row.actor()).isEqualTo("admin"));
		assertThat(rows.get(1).correlationId()).isEqualTo(rows.get(0).correlationId());
		AuditContent roleChanged = rows.get(3);
		assertThat(roleChanged.before().get("role").asString()).isEqualTo("VIEWER");
		assertThat(roleChanged.after().get("role").asString()).isEqualTo("AUDITOR");
		assertThat(jdbc.sql("select string_agg(concat(request::text, before::text, after::text), '') from audit_event where resource_id = :name")
			.param("name", name)
			.query(String.class)
			.single()).doesNotContain(PASSWORD);
	}

	@Test
	void aRefusedUserChangeIsRecordedAsFailedWithTheReason() throws Exception {
		String name = "audited-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, PASSWORD, "VIEWER");

		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", name).param("role", "VIEWER").param("temporaryPassword", PASSWORD)).andExpect(status().isOk());

		AuditContent failed = rowsOf(name).get(1);
		assertThat(failed.action()).isEqualTo("USER_CREATE");
		assertThat(failed.phase()).isEqualTo(Phase.FAILED);
		assertThat(failed.detail()).isEqualTo("A user with this name already exists.");
	}

	@Test
	void aPasswordChangeAndAFailedSignInOfAKnownUserAreRecordedUnderTheirName() throws Exception {
		String name = "audited-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, PASSWORD, "VIEWER");
		mvc.perform(post("/login").param("username", name).param("password", "wrong").with(csrf()));
		Cookie session = SessionCookies.signIn(mvc, name, PASSWORD);
		String newPassword = "another horse battery";

		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", PASSWORD).param("newPassword", newPassword).param("confirmPassword", newPassword))
			.andExpect(redirectedUrl("/"));

		assertThat(rowsOf(name)).extracting(row -> row.action() + " " + row.phase() + " " + row.actor())
			.containsExactly("SIGN_IN FAILED " + name, "SIGN_IN SUCCEEDED " + name, "PASSWORD_CHANGE ATTEMPT " + name,
					"PASSWORD_CHANGE SUCCEEDED " + name);
	}

	@Test
	void whenTheAuditLogCannotRecordTheAttemptNoUserIsCreatedAndTheAdministratorIsToldWhy() throws Exception {
		String name = "unaudited-" + UUID.randomUUID().toString().substring(0, 8);

		// Another session holds the chain lock past the audit log's lock timeout.
		try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.execute("select pg_advisory_xact_lock(" + AuditStore.CHAIN_LOCK + ")");
			try {
				mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).with(csrf())
					.param("username", name).param("role", "VIEWER").param("temporaryPassword", PASSWORD))
					.andExpect(status().isServiceUnavailable())
					.andExpect(content().string(containsString("The change was not made")))
					.andExpect(content().string(containsString("could not record this change")));
			}
			finally {
				holder.rollback();
			}
		}

		assertThat(jdbc.sql("select count(*) from portal_user where username = :name").param("name", name).query(Long.class).single())
			.isZero();
	}

	private List<AuditContent> rowsOf(String username) {
		AuditFilter filter = new AuditFilter(null, null, null, "user", username, null, null, null);
		// Pages leave the JSON out; each entry is read whole.
		List<AuditContent> rows = new ArrayList<>(search.page(filter, AuditSearch.Cursor.FIRST, 50)
			.rows()
			.stream()
			.map(row -> search.find(row.id()).orElseThrow().content())
			.toList());
		Collections.reverse(rows);
		return rows;
	}

}
