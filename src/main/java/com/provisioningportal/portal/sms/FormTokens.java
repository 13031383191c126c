package com.provisioningportal.portal.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One-time tokens of the forms that create something at Sinch. A form carries a token issued when it was shown; the
 * first submit claims it, and every later submit of the same form finds it claimed, so a double submit makes one
 * thing. Kept in PostgreSQL so the claim holds across portal instances.
 */
@Service
class FormTokens {

	/** How long an unsent form stays valid. */
	static final Duration LIFETIME = Duration.ofDays(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	FormTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A fresh token for a form shown to {@code username} for the project. */
	String issue(String projectId, String username) {
		UUID token = UUID.randomUUID();
		jdbc.sql("delete from sms_form_token where issued_at < :expired")
			.param("expired", clock.instant().minus(LIFETIME.multipliedBy(7)).atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("insert into sms_form_token (token, project_id, username, issued_at) values (:token, :project::uuid, :username, :now)")
			.param("token", token)
			.param("project", projectId)
			.param("username", username)
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		return token.toString();
	}

	/**
	 * Claims the token for this submit. Empty means go ahead; otherwise the form was sent already (or its token is
	 * unknown or expired), and the claim says where the earlier submit's result is, if it finished.
	 */
	Optional<Claimed> claim(String token, String projectId, String username) {
		UUID id = parse(token);
		if (id == null) {
			return Optional.of(new Claimed(null));
		}
		int claimed = jdbc.sql("""
				update sms_form_token set claimed_at = :now
				 where token = :token and project_id = :project::uuid and username = :username
				   and claimed_at is null and issued_at >= :oldest
				""")
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("token", id)
			.param("project", projectId)
			.param("username", username)
			.param("oldest", clock.instant().minus(LIFETIME).atOffset(ZoneOffset.UTC))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return Optional.of(new Claimed(jdbc.sql("select result_path from sms_form_token where token = :token and project_id = :project::uuid")
			.param("token", id)
			.param("project", projectId)
			.query(String.class)
			.optional()
			.orElse(null)));
	}

	/** Remembers where the result of the claimed submit is shown, for a repeated submit to go there. */
	void completed(String token, String resultPath) {
		jdbc.sql("update sms_form_token set result_path = :path where token = :token")
			.param("path", resultPath)
			.param("token", parse(token))
			.update();
	}

	/** Gives the token back after Sinch refused the create, so the corrected form can be sent again. */
	void release(String token) {
		jdbc.sql("update sms_form_token set claimed_at = null where token = :token and result_path is null")
			.param("token", parse(token))
			.update();
	}

	private static UUID parse(String token) {
		try {
			return (token == null) ? null : UUID.fromString(token);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A submit whose token was claimed before; {@code resultPath} is where its result is, null if unknown. */
	record Claimed(String resultPath) {

	}

}
