package com.provisioningportal.portal.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One-time tokens of the comment forms. Sinch has no idempotency key, so a double submit would add the comment
 * twice: the first submit takes the token (a row with a unique key, so this holds across instances), a later one
 * finds it taken. Tokens older than a day are forgotten as new ones are taken.
 */
@Service
class FormSubmissions {

	private static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	FormSubmissions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	static String newToken() {
		return UUID.randomUUID().toString();
	}

	/** Takes the token for this submission; false when it was taken before or is not a token the portal made. */
	boolean take(String token, String purpose) {
		UUID id;
		try {
			id = UUID.fromString(token);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return false;
		}
		var now = clock.instant().atOffset(ZoneOffset.UTC);
		jdbc.sql("delete from form_submission where submitted_at < ?").param(now.minus(KEPT)).update();
		return jdbc.sql("insert into form_submission (token, purpose, submitted_at) values (?, ?, ?) on conflict (token) do nothing")
			.params(id, purpose, now)
			.update() == 1;
	}

}
