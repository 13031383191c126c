package com.provisioningportal.portal.audit;

import java.nio.file.Files;
import java.nio.file.Path;

import com.provisioningportal.testsupport.DatabaseOwner;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The portal says so when its database user could rewrite the audit log; the role the tests connect as, with the
 * grants the migrations give it, and the role the documented script creates, could not.
 */
@PortalTest
class AuditPrivilegesTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	AuditPrivileges privileges;

	@Autowired
	MockMvc mvc;

	@Test
	void connectedAsTheOwnerThePortalWouldReportTheAuditHealthDegradedAndTellAdministrators() {
		AuditPrivileges asOwner = new AuditPrivileges(owner.jdbc());
		asOwner.check();

		assertThat(AuditPrivileges.excessPrivileges(owner.jdbc())).contains("owner of audit_event");
		assertThat(asOwner.health().getStatus()).isEqualTo(AuditPrivileges.DEGRADED);
		assertThat(asOwner.forAdministrators()).singleElement().asString().contains("could rewrite the audit log");
	}

	@Test
	void connectedAsTheRestrictedRoleAsTheTestsAreThePortalIsHealthyAndShowsNoWarning() throws Exception {
		assertThat(AuditPrivileges.excessPrivileges(jdbc)).isEmpty();
		assertThat(privileges.health().getStatus()).isEqualTo(Status.UP);

		mvc.perform(get("/").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(not(containsString("could rewrite the audit log"))));
	}

	@Test
	void theDocumentedRoleMayOnlyAddAndReadAuditRows() throws Exception {
		String script = Files.readString(Path.of("docs/least-privilege.sql"));
		JdbcClient jdbc = owner.jdbc();
		owner.transactions().executeWithoutResult(status -> {
			jdbc.sql("do $$ begin if not exists (select from pg_roles where rolname = 'portal_app') "
					+ "then create role portal_app nologin; end if; end $$").update();
			for (String statement : script.replaceAll("(?m)^--.*$", "").split(";")) {
				if (statement.isBlank() || statement.contains("\\gexec")) {
					continue;
				}
				jdbc.sql(statement.strip()).update();
			}
			jdbc.sql("set local role portal_app").update();

			assertThat(AuditPrivileges.excessPrivileges(jdbc)).isEmpty();
			assertThat(jdbc.sql("select count(*) >= 0 from audit_event").query(Boolean.class).single()).isTrue();
			status.setRollbackOnly();
		});
	}

}
