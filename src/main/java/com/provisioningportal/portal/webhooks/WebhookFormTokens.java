package com.provisioningportal.portal.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one-time tokens of the "add a webhook" form. A token is used by inserting it, which PostgreSQL does once
 * however many instances and double clicks try, so a resent form never creates a second webhook.
 */
@Component
class WebhookFormTokens {

	/** Long enough for anyone still looking at the form; a resent form older than this is taken as new. */
	static final Duration KEPT = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	WebhookFormTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	String issue() {
		return UUID.randomUUID().toString();
	}

	/** True the first time the token is used; false when the form was sent already or carries no valid token. */
	boolean use(String token) {
		Optional<UUID> id = parse(token);
		if (id.isEmpty()) {
			return false;
		}
		jdbc.sql("delete from webhook_form_token where used_at < ?")
			.param(clock.instant().minus(KEPT).atOffset(ZoneOffset.UTC))
			.update();
		return jdbc.sql("insert into webhook_form_token (token, used_at) values (?, ?) on conflict do nothing")
			.param(id.get())
			.param(clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** Remembers which webhook the token's form created, so a resent form can point to it. */
	void created(String token, String webhookId) {
		parse(token).ifPresent(id -> jdbc.sql("update webhook_form_token set webhook_id = ? where token = ?")
			.param(webhookId)
			.param(id)
			.update());
	}

	/** The webhook a used token's form created, if it has finished. */
	Optional<String> createdBy(String token) {
		return parse(token).flatMap(id -> jdbc.sql("select webhook_id from webhook_form_token where token = ?")
			.param(id)
			.query(String.class)
			.optional());
	}

	static boolean wellFormed(String token) {
		return parse(token).isPresent();
	}

	private static Optional<UUID> parse(String token) {
		try {
			return (token == null) ? Optional.empty() : Optional.of(UUID.fromString(token));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
