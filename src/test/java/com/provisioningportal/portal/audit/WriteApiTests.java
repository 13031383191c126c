package com.provisioningportal.portal.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.audit.GuardedTestAction;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@PortalTest
class WriteApiTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messageSource;

	@Test
	void attemptAndOutcomeShareCorrelationIdActionAndResource() {
		AuditAttempt attempt = auditLog.attempt(AuditEntry.of("WEBHOOK_UPDATE")
			.project("p-1")
			.resource("webhook", "w-1")
			.request(Map.of("target", "https://example.test/hook"))
			.before(Map.of("target", "https://old.test/hook"))
			.by(Actor.user("anna", List.of("ONBOARDER"))));
		long outcome = auditLog.failed(attempt, Outcome.upstreamError(400, "INVALID_ARGUMENT", "Target is not https"));

		AuditContent attemptRow = store.find(attempt.id()).orElseThrow().content();
		AuditContent outcomeRow = store.find(outcome).orElseThrow().content();
		assertThat(attemptRow.phase()).isEqualTo(Phase.ATTEMPT);
		assertThat(outcomeRow.phase()).isEqualTo(Phase.FAILED);
		assertThat(outcomeRow.correlationId()).isEqualTo(attemptRow.correlationId()).isEqualTo(attempt.correlationId());
		assertThat(outcomeRow.action()).isEqualTo("WEBHOOK_UPDATE");
		assertThat(outcomeRow.resourceId()).isEqualTo("w-1");
		assertThat(outcomeRow.actor()).isEqualTo("anna");
		assertThat(outcomeRow.actorRoles()).isEqualTo("ONBOARDER");
		assertThat(outcomeRow.upstreamStatus()).isEqualTo(400);
		assertThat(outcomeRow.upstreamErrorCode()).isEqualTo("INVALID_ARGUMENT");
		assertThat(outcomeRow.before().get("target").asString()).isEqualTo("https://old.test/hook");
	}

	@Test
	void secretsAreMaskedWhereverTheyAppearInRequestBeforeAndAfter() {
		Map<String, Object> withSecrets = Map.of("name", "Retail", "keySecret", "s3cr3t-key", "credentials",
				Map.of("client_secret", "s3cr3t-client", "nested", List.of(Map.of("bearerToken", "s3cr3t-bearer"))),
				"webhook", Map.of("secret", "s3cr3t-hook", "accessToken", "s3cr3t-access", "appSecret", "s3cr3t-app"),
				"Password", "s3cr3t-password");
		AuditAttempt attempt = auditLog.attempt(AuditEntry.of("PROJECT_CREATE").request(withSecrets).before(withSecrets));
		long outcome = auditLog.succeeded(attempt, Outcome.ok(withSecrets));

		String stored = jdbc.sql("select concat(request::text, before::text, after::text) from audit_event where id in (:ids)")
			.param("ids", List.of(attempt.id(), outcome))
			.query(String.class)
			.list()
			.toString();
		assertThat(stored).doesNotContain("s3cr3t").contains("Retail").contains(AuditValues.MASK);
	}

	@Test
	void whenTheAttemptCannotBeWrittenTheGuardedActionDoesNotRunAndTheUserIsToldWhy() throws Exception {
		GuardedTestAction action = new GuardedTestAction(auditLog);
		MockMvc mvc = MockMvcBuilders.standaloneSetup(action).setControllerAdvice(new AuditUnavailableAdvice(messageSource)).build();
		long rowsBefore = guardedRows();

		// Another session holds the chain lock past the audit log's lock timeout.
		try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.execute("select pg_advisory_xact_lock(" + AuditStore.CHAIN_LOCK + ")");
			try {
				mvc.perform(post("/test/guarded-action"))
					.andExpect(status().isServiceUnavailable())
					.andExpect(view().name("audit/unavailable"))
					.andExpect(model().attribute("message", org.hamcrest.Matchers.containsString("was not made")));
			}
			finally {
				holder.rollback();
			}
		}

		assertThat(action.upstreamCalls()).isZero();
		assertThat(guardedRows()).isEqualTo(rowsBefore);

		mvc.perform(post("/test/guarded-action")).andExpect(status().isOk());
		assertThat(action.upstreamCalls()).isOne();
		assertThat(guardedRows()).isEqualTo(rowsBefore + 2);
	}

	private long guardedRows() {
		return jdbc.sql("select count(*) from audit_event where action = 'TEST_GUARDED_ACTION'").query(Long.class).single();
	}

}
