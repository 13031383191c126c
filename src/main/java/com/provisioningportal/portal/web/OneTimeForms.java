package com.provisioningportal.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One-time tokens of forms that make something at Sinch, which has no idempotency key: a form carries a token, the
 * first submit claims it, and every later submit of the same form finds it claimed, so a double submit makes one
 * thing. Kept in PostgreSQL so a claim holds across portal instances.
 * <p>
 * A token is either issued for a project and user when the form is shown ({@link #issue}, {@link #claim}: refused for
 * anyone else, or once it expired), or simply made up by the page ({@link #newToken}, {@link #claimOnce}) for forms
 * where sending once is all that matters. Either kind can be {@linkplain #release released} after Sinch refused the
 * form, so the corrected form can be sent again, and can {@linkplain #remember remember} where the result is shown.
 */
@Service
public class OneTimeForms {

	/** How long an issued, unsent form stays valid. */
	public static final Duration LIFETIME = Duration.ofDays(1);

	/** How long a token is remembered at all, so a form sent again within it still makes nothing. */
	private static final Duration KEPT = LIFETIME.multipliedBy(7);

	private final JdbcClient jdbc;

	private final Clock clock;

	public OneTimeForms(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A token for a form that only needs to be sent once: nothing is stored until {@link #claimOnce} takes it. */
	public static String newToken() {
		return UUID.randomUUID().toString();
	}

	/** A fresh token for a form shown to {@code username} for the project, valid for {@link #LIFETIME}. */
	public String issue(String projectId, String username) {
		UUID token = UUID.randomUUID();
		forgetOld();
		jdbc.sql("""
				insert into one_time_form (token, project_id, username, created_at)
				values (:token, :project::uuid, :username, :now)""")
			.param("token", token)
			.param("project", projectId)
			.param("username", username)
			.param("now", now())
			.update();
		return token.toString();
	}

	/**
	 * Claims an issued token for this submit; refused when it was claimed before, or is not one issued to this user
	 * for this project, or has expired.
	 */
	public Claim claim(String token, String projectId, String username) {
		UUID id = parse(token);
		if (id == null) {
			return Claim.ALREADY_SENT;
		}
		int claimed = jdbc.sql("""
				update one_time_form set claimed_at = :now
				 where token = :token and project_id = :project::uuid and username = :username
				   and claimed_at is null and created_at >= :oldest""")
			.param("now", now())
			.param("token", id)
			.param("project", projectId)
			.param("username", username)
			.param("oldest", now().minus(LIFETIME))
			.update();
		if (claimed == 1) {
			return Claim.GO_AHEAD;
		}
		return jdbc.sql("select result_path from one_time_form where token = :token and project_id = :project::uuid")
			.param("token", id)
			.param("project", projectId)
			.query(String.class)
			.optional()
			.map(Claim::alreadySent)
			.orElse(Claim.ALREADY_SENT);
	}

	/** Claims a token made up by the page ({@link #newToken}); refused when it was claimed before or is no token. */
	public Claim claimOnce(String token) {
		UUID id = parse(token);
		if (id == null) {
			return Claim.ALREADY_SENT;
		}
		forgetOld();
		// A released token is claimed again; an issued one is only claimed by claim(), which checks whose it is.
		int claimed = jdbc.sql("""
				insert into one_time_form (token, created_at, claimed_at) values (:token, :now, :now)
				on conflict (token) do update set claimed_at = excluded.claimed_at
				 where one_time_form.claimed_at is null and one_time_form.username is null""")
			.param("token", id)
			.param("now", now())
			.update();
		if (claimed == 1) {
			return Claim.GO_AHEAD;
		}
		return Claim.alreadySent(jdbc.sql("select result_path from one_time_form where token = :token")
			.param("token", id)
			.query(String.class)
			.optional()
			.orElse(null));
	}

	/** Whether a submitted value can be a token at all; a form without one is out of date rather than resent. */
	public static boolean wellFormed(String token) {
		return parse(token) != null;
	}

	/** Remembers where the result of the claimed submit is shown, for a repeated submit to go there. */
	public void remember(String token, String resultPath) {
		UUID id = parse(token);
		if (id != null) {
			jdbc.sql("update one_time_form set result_path = :path where token = :token and claimed_at is not null")
				.param("path", resultPath)
				.param("token", id)
				.update();
		}
	}

	/** Gives the token back after Sinch refused the form (nothing made), so the corrected form can be sent again. */
	public void release(String token) {
		UUID id = parse(token);
		if (id != null) {
			jdbc.sql("update one_time_form set claimed_at = null where token = :token and result_path is null")
				.param("token", id)
				.update();
		}
	}

	private void forgetOld() {
		jdbc.sql("delete from one_time_form where created_at < :oldest").param("oldest", now().minus(KEPT)).update();
	}

	private OffsetDateTime now() {
		return clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static UUID parse(String token) {
		try {
			return (token == null) ? null : UUID.fromString(token);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * What a submit may do: go ahead, or not, because the form was sent already (or its token is unknown or expired);
	 * then {@code resultPath} is where the earlier submit's result is shown, null if unknown.
	 */
	public record Claim(boolean goAhead, String resultPath) {

		static final Claim GO_AHEAD = new Claim(true, null);

		static final Claim ALREADY_SENT = new Claim(false, null);

		static Claim alreadySent(String resultPath) {
			return new Claim(false, resultPath);
		}

		public boolean alreadySent() {
			return !goAhead;
		}

	}

}
