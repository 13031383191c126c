package com.provisioningportal.portal.callbacks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.Phase;
import com.provisioningportal.portal.projects.CallbackSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a callback from Sinch: checks its signature and age, ignores a seen nonce, records each distinct event once,
 * and announces it. Sinch publishes no retry schedule, so a retry may come hours later, with its first signature or
 * signed anew: a signature is accepted for the retry window (24 hours unless set) and its nonce kept as long. An event
 * is the same event when its type, resource, state and time (the payload's {@code modified}) are the same; a payload
 * without a time is identified by its whole content. A late event is recorded but never moves a resource back.
 * Nonces and receipts are PostgreSQL rows, so several portal instances never process one callback twice.
 */
@Service
class CallbackReceiver {

	private static final Logger log = LoggerFactory.getLogger(CallbackReceiver.class);

	/** How far ahead of the portal's clock Sinch's may run. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final Duration retryWindow;

	private final CallbackSecrets secrets;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AuditLog auditLog;

	private final StatusWatchStore watch;

	private final List<CallbackKind> kinds;

	CallbackReceiver(CallbackSecrets secrets, JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events,
			Clock clock, AuditLog auditLog, StatusWatchStore watch, List<CallbackKind> kinds,
			@Value("${portal.callbacks.retry-window:PT24H}") Duration retryWindow) {
		this.retryWindow = retryWindow;
		this.kinds = List.copyOf(kinds);
		this.watch = watch;
		this.secrets = secrets;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
		this.auditLog = auditLog;
	}

	enum Verdict {

		/** A new event, recorded and announced. */
		ACCEPTED,
		/** Already seen (same nonce, or the same event signed anew); answered so Sinch stops retrying. */
		DUPLICATE,
		/** Missing signature headers, unknown project, or no callback secret for it. */
		UNSIGNED,
		/** The signature does not match. */
		BAD_SIGNATURE,
		/** The timestamp is older than the retry window, or ahead of the portal's clock by more than the skew. */
		STALE,
		/** Signed correctly but not a callback body. */
		MALFORMED

	}

	record SignatureHeaders(String signature, String algorithm, String nonce, String timestamp) {

		boolean complete() {
			return present(signature) && present(nonce) && present(timestamp) && nonce.length() <= 200;
		}

		private static boolean present(String value) {
			return value != null && !value.isBlank();
		}

	}

	@Transactional
	Verdict receive(String projectId, SignatureHeaders headers, byte[] rawBody) {
		Optional<UUID> project = parse(projectId);
		if (project.isEmpty() || !headers.complete()
				|| (headers.algorithm() != null && !CallbackSignature.ALGORITHM.equalsIgnoreCase(headers.algorithm()))) {
			return Verdict.UNSIGNED;
		}
		Optional<String> secret = secrets.callbackSecret(projectId);
		if (secret.isEmpty()) {
			return Verdict.UNSIGNED;
		}
		if (!CallbackSignature.matches(secret.get(), rawBody, headers.nonce(), headers.timestamp(), headers.signature())) {
			return Verdict.BAD_SIGNATURE;
		}
		Instant now = clock.instant();
		if (!fresh(headers.timestamp(), now)) {
			return Verdict.STALE;
		}
		if (!firstUseOf(project.get(), headers.nonce(), now)) {
			return Verdict.DUPLICATE;
		}
		JsonNode body;
		try {
			body = json.readTree(rawBody);
		}
		catch (JacksonException ex) {
			return Verdict.MALFORMED;
		}
		if (!body.isObject() || !body.path("type").isString() || !body.path("payload").isObject()) {
			return Verdict.MALFORMED;
		}
		CallbackEvent event = CallbackEvent.of(body, kinds);
		int recorded = jdbc.sql("""
				insert into callback_receipt (project_id, received_at, event_type, resource_type, resource_id, state, event_key)
				values (:project, :now, :type, :resourceType, :resourceId, :state, :key)
				on conflict (project_id, event_key) do nothing
				""")
			.param("project", project.get())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("type", event.type())
			.param("resourceType", event.resourceType())
			.param("resourceId", event.resourceId())
			.param("state", event.state())
			.param("key", eventKey(event, body))
			.update();
		if (recorded == 0) {
			return Verdict.DUPLICATE;
		}
		// In its own transaction: should it fail, the receipt rolls back and Sinch's retry finds nothing recorded.
		auditLog.record(AuditEntry.of("SINCH_CALLBACK").by(Actor.SINCH).project(projectId)
			.resource(event.resourceType(), event.resourceId())
			.request(auditedRequest(event)), Phase.SUCCEEDED, Outcome.ok(auditedState(event)));
		SinchCallbackReceived received = new SinchCallbackReceived(projectId, event.type(), event.resourceType(),
				event.resourceId(), event.state(), event.comment(), new String(rawBody, StandardCharsets.UTF_8), now);
		events.publishEvent(received);
		if (event.resourceId() != null) {
			WatchedResource resource = new WatchedResource(projectId, event.resourceType(), event.resourceId());
			watch.source(event.resourceType())
				.flatMap(source -> source.statusAfter(received))
				.ifPresent(status -> watch.observe(resource, status, StatusChanged.Source.CALLBACK, event.happenedAt()));
		}
		log.info("Callback {} for {} {} in project {}", event.type(), event.resourceType(), event.resourceId(), projectId);
		return Verdict.ACCEPTED;
	}

	/** What Sinch said, without the payload: it may carry a bearer token. */
	private static Map<String, String> auditedRequest(CallbackEvent event) {
		Map<String, String> request = new LinkedHashMap<>();
		request.put("type", event.type());
		if (event.comment() != null) {
			request.put("comment", event.comment());
		}
		return request;
	}

	private static Map<String, String> auditedState(CallbackEvent event) {
		return (event.state() == null) ? Map.of() : Map.of("state", event.state());
	}

	/** The last time Sinch told the portal anything about this project, for its setup status. */
	Optional<Instant> lastReceived(String projectId) {
		return parse(projectId).flatMap(project -> jdbc.sql("select max(received_at) from callback_receipt where project_id = ?")
			.param(project)
			.query(java.time.OffsetDateTime.class)
			.optional()
			.map(java.time.OffsetDateTime::toInstant));
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
	void forgetOldNonces() {
		jdbc.sql("delete from callback_nonce where received_at < ?")
			.param(clock.instant().minus(retryWindow.plus(CLOCK_SKEW)).atOffset(ZoneOffset.UTC))
			.update();
	}

	private boolean firstUseOf(UUID project, String nonce, Instant now) {
		return jdbc.sql("insert into callback_nonce (project_id, nonce, received_at) values (?, ?, ?) on conflict do nothing")
			.params(project, nonce, now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	private boolean fresh(String timestamp, Instant now) {
		try {
			Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
			return !sent.isBefore(now.minus(retryWindow)) && !sent.isAfter(now.plus(CLOCK_SKEW));
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/**
	 * Sinch publishes no event id: type, resource, state and the payload's time make one; without a time, the whole
	 * envelope does. Either way a retry, however often re-signed, is the same event.
	 */
	private String eventKey(CallbackEvent event, JsonNode body) {
		if (event.happenedAt() != null) {
			return digest(String.join("\n", event.type(), event.resourceType(), String.valueOf(event.resourceId()),
					String.valueOf(event.state()), event.happenedAt().toString(), String.valueOf(event.comment())).getBytes(StandardCharsets.UTF_8));
		}
		return digest(json.writeValueAsBytes(body));
	}

	private static String digest(byte[] canonical) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static Optional<UUID> parse(String projectId) {
		try {
			return Optional.of(UUID.fromString(projectId));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
