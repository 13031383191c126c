package com.provisioningportal.portal.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When and by whom a webhook's secret was last set through the portal: never the secret itself. */
@Component
class WebhookSecretNotes {

	record SecretNote(Instant setAt, String setBy) {

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookSecretNotes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void secretSet(String projectId, String webhookId, String by) {
		jdbc.sql("""
				insert into webhook_secret_set (project_id, webhook_id, set_at, set_by) values (?, ?, ?, ?)
				on conflict (project_id, webhook_id) do update set set_at = excluded.set_at, set_by = excluded.set_by""")
			.param(UUID.fromString(projectId))
			.param(webhookId)
			.param(clock.instant().atOffset(ZoneOffset.UTC))
			.param(by)
			.update();
	}

	Optional<SecretNote> find(String projectId, String webhookId) {
		return jdbc.sql("select set_at, set_by from webhook_secret_set where project_id = ? and webhook_id = ?")
			.param(UUID.fromString(projectId))
			.param(webhookId)
			.query((row, number) -> new SecretNote(row.getTimestamp("set_at").toInstant(), row.getString("set_by")))
			.optional();
	}

	void forget(String projectId, String webhookId) {
		jdbc.sql("delete from webhook_secret_set where project_id = ? and webhook_id = ?")
			.param(UUID.fromString(projectId))
			.param(webhookId)
			.update();
	}

}
