package com.provisioningportal.portal.whatsapp.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Signup links and attempts in PostgreSQL. Secrets handed to browsers (link tokens, attempt nonces, OAuth states and
 * the values that bind a state to its browser) are kept as SHA-256 hashes. Every move of an attempt is a conditional update on its current status, so duplicate
 * events, double submits and concurrent instances move it once.
 */
@Repository
class SignupStore {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SignupStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** 256 random bits, URL-safe. */
	static String randomSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	void insertLink(SignupLink link, String token) {
		jdbc.sql("""
				insert into signup_link (id, project_id, token_hash, region, meta_local_storage, created_by, created_at, expires_at)
				values (:id, :project, :hash, :region, :storage, :by, :at, :expires)
				""")
			.param("id", link.id())
			.param("project", UUID.fromString(link.projectId()))
			.param("hash", hash(token))
			.param("region", link.region())
			.param("storage", link.metaLocalStorage())
			.param("by", link.createdBy())
			.param("at", time(link.createdAt()))
			.param("expires", time(link.expiresAt()))
			.update();
	}

	Optional<SignupLink> linkByToken(String token) {
		return jdbc.sql("select * from signup_link where token_hash = :hash").param("hash", hash(token)).query(this::linkRow).optional();
	}

	Optional<SignupLink> link(UUID id) {
		return jdbc.sql("select * from signup_link where id = :id").param("id", id).query(this::linkRow).optional();
	}

	List<SignupLink> links(String projectId, int limit) {
		return jdbc.sql("select * from signup_link where project_id = :project order by seq desc limit :limit")
			.param("project", UUID.fromString(projectId))
			.param("limit", limit)
			.query(this::linkRow)
			.list();
	}

	/** Links a customer can still open: neither used, revoked nor expired. */
	long openLinks(String projectId, Instant now) {
		return jdbc.sql("""
				select count(*) from signup_link
				 where project_id = :project and used_at is null and revoked_at is null and expires_at > :now""")
			.param("project", UUID.fromString(projectId))
			.param("now", time(now))
			.query(Long.class)
			.single();
	}

	boolean revokeLink(UUID id, String by, Instant now) {
		return jdbc.sql("""
				update signup_link set revoked_at = :now, revoked_by = :by
				 where id = :id and revoked_at is null and used_at is null
				""").param("id", id).param("by", by).param("now", time(now)).update() == 1;
	}

	void markLinkUsed(UUID id, Instant now) {
		jdbc.sql("update signup_link set used_at = :now where id = :id and used_at is null").param("id", id).param("now", time(now)).update();
	}

	void insertAttempt(SignupAttempt attempt, String nonce) {
		jdbc.sql("""
				insert into signup_attempt (id, project_id, link_id, started_by, flow, status, nonce_hash, nonce_expires_at,
				                            region, meta_local_storage, started_at, updated_at)
				values (:id, :project, :link, :by, :flow, :status, :hash, :expires, :region, :storage, :at, :at)
				""")
			.param("id", attempt.id())
			.param("project", UUID.fromString(attempt.projectId()))
			.param("link", attempt.linkId())
			.param("by", attempt.startedBy())
			.param("flow", attempt.flow())
			.param("status", attempt.status().name())
			.param("hash", hash(nonce))
			.param("expires", time(attempt.nonceExpiresAt()))
			.param("region", attempt.region())
			.param("storage", attempt.metaLocalStorage())
			.param("at", time(attempt.startedAt()))
			.update();
	}

	Optional<SignupAttempt> attempt(UUID id) {
		return jdbc.sql("select * from signup_attempt where id = :id").param("id", id).query(this::attemptRow).optional();
	}

	Optional<SignupAttempt> attemptByNonce(String nonce) {
		return jdbc.sql("select * from signup_attempt where nonce_hash = :hash").param("hash", hash(nonce)).query(this::attemptRow).optional();
	}

	Optional<SignupAttempt> attemptByState(String state) {
		return jdbc.sql("select * from signup_attempt where state_hash = :hash").param("hash", hash(state)).query(this::attemptRow).optional();
	}

	List<SignupAttempt> attempts(String projectId, int limit) {
		return jdbc.sql("select * from signup_attempt where project_id = :project order by seq desc limit :limit")
			.param("project", UUID.fromString(projectId))
			.param("limit", limit)
			.query(this::attemptRow)
			.list();
	}

	Optional<SignupAttempt> latestOfLink(UUID linkId) {
		return jdbc.sql("select * from signup_attempt where link_id = :link order by seq desc limit 1")
			.param("link", linkId)
			.query(this::attemptRow)
			.optional();
	}

	List<SignupAttempt> attemptsOfSender(String projectId, String senderId) {
		return jdbc.sql("select * from signup_attempt where project_id = :project and sender_id = :sender")
			.param("project", UUID.fromString(projectId))
			.param("sender", senderId)
			.query(this::attemptRow)
			.list();
	}

	/** A fresh nonce for a page about to show the attempt; the one before stops working. */
	void replaceNonce(UUID id, String nonce, Instant expires) {
		jdbc.sql("update signup_attempt set nonce_hash = :hash, nonce_expires_at = :expires where id = :id")
			.param("id", id)
			.param("hash", hash(nonce))
			.param("expires", time(expires))
			.update();
	}

	/**
	 * Binds a fresh OAuth state to a STARTED attempt for the redirect flow, with the hash of the value the browser's
	 * cookie holds and the sealed page to return to.
	 */
	boolean bindState(UUID id, String state, String browserKey, String sealedReturn, Instant expires, Instant now) {
		return jdbc.sql("""
				update signup_attempt set flow = 'REDIRECT', state_hash = :hash, state_expires_at = :expires,
				       state_used_at = null, state_browser_hash = :browser, state_return = :back, updated_at = :now
				 where id = :id and status = 'STARTED'
				""")
			.param("id", id)
			.param("hash", hash(state))
			.param("browser", hash(browserKey))
			.param("back", sealedReturn)
			.param("expires", time(expires))
			.param("now", time(now))
			.update() == 1;
	}

	/** Uses up an OAuth state once, with what bound it to the browser; false when it was used before. */
	boolean useState(UUID id, Instant now) {
		return jdbc.sql("""
				update signup_attempt set state_used_at = :now, state_browser_hash = null, state_return = null
				 where id = :id and state_used_at is null""")
			.param("id", id)
			.param("now", time(now))
			.update() == 1;
	}

	StateBinding stateBinding(UUID id) {
		return jdbc.sql("select state_expires_at, state_used_at, state_browser_hash, state_return from signup_attempt where id = :id")
			.param("id", id)
			.query((row, number) -> new StateBinding(instant(row, "state_expires_at"), instant(row, "state_used_at"),
					row.getString("state_browser_hash"), row.getString("state_return")))
			.single();
	}

	/**
	 * Ends the link's attempts still with Meta or waiting for a number (a VERIFIED one is already asking Sinch for
	 * the sender, which cannot be taken back), in one statement, so one moving on at that moment is ended where it
	 * arrives; returns the ids of those it ended.
	 */
	List<UUID> withdrawOpenAttempts(UUID linkId, String failure, Instant now) {
		return jdbc.sql("""
				update signup_attempt set status = 'WITHDRAWN', failure = :failure, failure_code = 'withdrawn',
				       finished_at = :now, updated_at = :now
				 where link_id = :link and status in ('STARTED', 'CODE_RECEIVED', 'NEEDS_NUMBER')
				returning id""")
			.param("link", linkId)
			.param("failure", failure)
			.param("now", time(now))
			.query(UUID.class)
			.list();
	}

	/** Moves an attempt from one status to another; false when it was no longer in {@code from}. */
	boolean move(UUID id, AttemptStatus from, AttemptStatus to, Instant now, Changes changes) {
		StringBuilder sql = new StringBuilder("update signup_attempt set status = :to, updated_at = :now");
		String stamp = switch (to) {
			case CODE_RECEIVED -> "code_received_at";
			case VERIFIED -> "verified_at";
			case SENDER_REQUESTED -> "sender_requested_at";
			case ACTIVE, ERROR, CANCELLED, META_ERROR, WITHDRAWN -> "finished_at";
			default -> null;
		};
		if (stamp != null) {
			sql.append(", ").append(stamp).append(" = :now");
		}
		changes.columns().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
		sql.append(" where id = :id and status = :from");
		JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.param("now", time(now));
		for (var entry : changes.values().entrySet()) {
			Object value = entry.getValue();
			if (value instanceof List<?> list) {
				value = json.writeValueAsString(list);
			}
			statement = statement.param(entry.getKey(), value);
		}
		return statement.update() == 1;
	}

	private SignupLink linkRow(ResultSet row, int number) throws SQLException {
		return new SignupLink(row.getObject("id", UUID.class), row.getString("project_id"), row.getString("region"),
				row.getString("meta_local_storage"), row.getString("created_by"), instant(row, "created_at"),
				instant(row, "expires_at"), instant(row, "revoked_at"), row.getString("revoked_by"), instant(row, "used_at"));
	}

	private SignupAttempt attemptRow(ResultSet row, int number) throws SQLException {
		String choices = row.getString("phone_choices");
		List<PhoneChoice> phoneChoices = (choices == null) ? List.of()
				: json.readValue(choices, new TypeReference<List<PhoneChoice>>() {
				});
		return new SignupAttempt(row.getObject("id", UUID.class), row.getString("project_id"),
				row.getObject("link_id", UUID.class), row.getString("started_by"), row.getString("flow"),
				AttemptStatus.valueOf(row.getString("status")), instant(row, "nonce_expires_at"), row.getString("region"),
				row.getString("meta_local_storage"), row.getString("meta_event"), row.getString("waba_id"),
				row.getString("phone_number_id"), row.getString("business_id"), phoneChoices, row.getString("sender_id"),
				row.getString("current_step"), row.getString("error_code"), row.getString("error_message"),
				row.getString("session_id"), row.getString("failure_code"), row.getString("failure"),
				instant(row, "started_at"), instant(row, "code_received_at"), instant(row, "verified_at"),
				instant(row, "sender_requested_at"), instant(row, "finished_at"), instant(row, "updated_at"));
	}

	private static Instant instant(ResultSet row, String column) throws SQLException {
		Timestamp value = row.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static OffsetDateTime time(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * What the redirect flow's state was bound to: its expiry, when it was used, the browser's hash and the sealed
	 * page to return to (the last two gone once it is used).
	 */
	record StateBinding(Instant expiresAt, Instant usedAt, String browserHash, String sealedReturn) {

	}

	/** Columns set together with a move; names are the table's own. */
	record Changes(Map<String, Object> values) {

		static Changes none() {
			return new Changes(Map.of());
		}

		static Changes of(Object... pairs) {
			Map<String, Object> values = new LinkedHashMap<>();
			for (int i = 0; i < pairs.length; i += 2) {
				values.put((String) pairs[i], pairs[i + 1]);
			}
			return new Changes(values);
		}

		Set<String> columns() {
			return values.keySet();
		}

	}

}
