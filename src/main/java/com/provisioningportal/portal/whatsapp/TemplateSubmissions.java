package com.provisioningportal.portal.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One-time tokens of the create form. Sinch has no idempotency key, so the portal makes sure one form is sent once:
 * the first submit takes the token (a row with a unique key, so this holds across instances), any later one finds it
 * taken. Tokens older than a day are forgotten as new ones are taken.
 */
@Service
class TemplateSubmissions {

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	TemplateSubmissions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String newToken() {
		return UUID.randomUUID().toString();
	}

	/** Takes the token for this submission; false when it was taken before (or is not a token the portal made). */
	boolean take(String token, String projectId, String name, String language) {
		UUID id;
		try {
			id = UUID.fromString(token);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return false;
		}
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("delete from whatsapp_template_submission where submitted_at < :before")
			.param("before", now.minus(KEPT))
			.update();
		return jdbc.sql("""
				insert into whatsapp_template_submission (token, project_id, template_name, language, submitted_at)
				values (:token, :project, :name, :language, :now) on conflict (token) do nothing""")
			.param("token", id)
			.param("project", UUID.fromString(projectId))
			.param("name", name)
			.param("language", language)
			.param("now", now)
			.update() == 1;
	}

}
