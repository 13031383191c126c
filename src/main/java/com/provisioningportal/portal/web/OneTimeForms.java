package com.provisioningportal.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One-time tokens of forms that make something at Sinch, which has no idempotency key: a form carries a token, the
 * first submit claims it, and every later submit of the same form finds it claimed, so a double submit makes one
 * thing. Kept in PostgreSQL so a claim holds across portal instances.
 * <p>
 * A token is issued for a project and user when the form is shown ({@link #issue}) and sent in the form's
 * {@code formToken} field. A submit goes ahead only when it claims the token ({@link #sentBefore}): refused for anyone
 * else, once it expired, and when it was claimed before. After Sinch refused the form the token is
 * {@linkplain #showAgain given back}, so the corrected form can be sent again; after Sinch made something it
 * {@linkplain #remember remembers} where the result is shown, for a repeated submit to go there.
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
	Claim claim(String token, String projectId, String username) {
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

	/**
	 * The token of a submitted form: its own, or, when it came without one (not opened from the portal's page, or
	 * from an old version of it), a fresh one and a form error, so the form is shown again instead of sent.
	 */
	public String submitted(String token, BindingResult result, String projectId, String username) {
		if (token != null && !token.isBlank()) {
			return token;
		}
		Messages.reject(result, null, Messages.of("form.out-of-date"));
		return issue(projectId, username);
	}

	/**
	 * Claims the token for this submit: empty to go ahead; else the form was sent before (or its token is not this
	 * user's for this project, or expired), and this is the redirect answering it, with the feature's notice.
	 */
	public Optional<String> sentBefore(String token, String projectId, String username, Resent resent,
			RedirectAttributes redirect) {
		Claim claim = claim(token, projectId, username);
		if (claim.goAhead()) {
			return Optional.empty();
		}
		Notice notice = (claim.resultPath() != null) ? resent.made() : resent.unknown();
		if (notice.success()) {
			Flash.success(redirect, notice.message());
		}
		else {
			Flash.error(redirect, notice.message());
		}
		return Optional.of("redirect:" + ((notice.path() != null) ? notice.path() : claim.resultPath()));
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

	/**
	 * The token a form is shown with again after Sinch failed it: its own, given back, when Sinch made nothing, so the
	 * corrected form can be sent; else a fresh one, as the first submit may have made something.
	 */
	public String showAgain(String token, boolean nothingMade, String projectId, String username) {
		if (nothingMade) {
			release(token);
			return token;
		}
		return issue(projectId, username);
	}

	/** Gives the token back after Sinch refused the form (nothing made), so the corrected form can be sent again. */
	void release(String token) {
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
	record Claim(boolean goAhead, String resultPath) {

		static final Claim GO_AHEAD = new Claim(true, null);

		static final Claim ALREADY_SENT = new Claim(false, null);

		static Claim alreadySent(String resultPath) {
			return new Claim(false, resultPath);
		}

		boolean alreadySent() {
			return !goAhead;
		}

	}

	/** How a feature answers a form sent before: when the first submit's result is known ({@code made}), and when not. */
	public record Resent(Notice made, Notice unknown) {

	}

	/** A flash notice and the page it is shown on; a null path is the page of the first submit's result. */
	public record Notice(boolean success, MessageSourceResolvable message, String path) {

		public static Notice success(MessageSourceResolvable message, String path) {
			return new Notice(true, message, path);
		}

		public static Notice error(MessageSourceResolvable message, String path) {
			return new Notice(false, message, path);
		}

	}

}
