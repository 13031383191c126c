package com.provisioningportal.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code audit_event} table: appending a row to the chain, and reading rows back exactly as they were
 * hashed. Appending must run inside a transaction, which the chain lock is held by until it commits.
 */
class AuditStore {

	/** The transaction-level advisory lock every writer takes, so the chain has one head at a time. */
	static final long CHAIN_LOCK = 0x4155_4449_545f_4348L;

	/** Every column, in the order {@link StoredRow} reads them. */
	static final String COLUMNS = """
			id, occurred_at, actor, actor_roles, client_ip, user_agent, action, project_id, resource_type, resource_id,
			phase, correlation_id, request, before, after, upstream_status, upstream_error_code, detail, prev_hash, hash""";

	private final JdbcClient jdbc;

	private final ObjectMapper mapper;

	private final Duration lockTimeout;

	private final RowMapper<AuditRow> rowMapper = this::row;

	AuditStore(JdbcClient jdbc, ObjectMapper mapper, Duration lockTimeout) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.lockTimeout = lockTimeout;
	}

	/** Locks the chain, links the row to the head, hashes it and inserts it. Call inside a transaction. */
	AuditRow append(AuditContent content) {
		return appendAll(List.of(content)).get(0);
	}

	/**
	 * Locks the chain once, then links, hashes and inserts the rows in order, each on the one before. Call inside a
	 * transaction.
	 */
	List<AuditRow> appendAll(List<AuditContent> contents) {
		jdbc.sql("select set_config('lock_timeout', :timeout, true)")
			.param("timeout", lockTimeout.toMillis() + "ms")
			.query()
			.singleValue();
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().singleRow();
		byte[] prevHash = jdbc.sql("select hash from audit_event order by id desc limit 1")
			.query(byte[].class)
			.optional()
			.orElse(CanonicalForm.GENESIS);
		List<AuditRow> rows = new ArrayList<>(contents.size());
		for (AuditContent content : contents) {
			AuditRow row = insert(content, prevHash);
			rows.add(row);
			prevHash = row.hash();
		}
		return rows;
	}

	private AuditRow insert(AuditContent content, byte[] prevHash) {
		byte[] hash = CanonicalForm.hash(prevHash, content);
		long id = jdbc.sql("""
				insert into audit_event (occurred_at, actor, actor_roles, client_ip, user_agent, action, project_id,
				    resource_type, resource_id, phase, correlation_id, request, before, after, upstream_status,
				    upstream_error_code, detail, prev_hash, hash)
				values (:occurredAt, :actor, :actorRoles, :clientIp, :userAgent, :action, :projectId, :resourceType,
				    :resourceId, :phase, :correlationId, cast(:request as jsonb), cast(:before as jsonb),
				    cast(:after as jsonb), :upstreamStatus, :upstreamErrorCode, :detail, :prevHash, :hash)
				returning id
				""")
			.param("occurredAt", OffsetDateTime.ofInstant(content.occurredAt(), ZoneOffset.UTC))
			.param("actor", content.actor())
			.param("actorRoles", content.actorRoles())
			.param("clientIp", content.clientIp())
			.param("userAgent", content.userAgent())
			.param("action", content.action())
			.param("projectId", content.projectId())
			.param("resourceType", content.resourceType())
			.param("resourceId", content.resourceId())
			.param("phase", content.phase().name())
			.param("correlationId", content.correlationId())
			.param("request", CanonicalForm.json(content.request()))
			.param("before", CanonicalForm.json(content.before()))
			.param("after", CanonicalForm.json(content.after()))
			.param("upstreamStatus", content.upstreamStatus())
			.param("upstreamErrorCode", content.upstreamErrorCode())
			.param("detail", content.detail())
			.param("prevHash", prevHash)
			.param("hash", hash)
			.query(Long.class)
			.single();
		return new AuditRow(id, content, prevHash, hash);
	}

	Optional<AuditRow> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from audit_event where id = :id").param("id", id).query(rowMapper).optional();
	}

	RowMapper<AuditRow> rowMapper() {
		return rowMapper;
	}

	private AuditRow row(ResultSet rs, int rowNum) throws SQLException {
		return parse(StoredRow.MAPPER.mapRow(rs, rowNum));
	}

	/** The row with its JSON parsed, as hashed. */
	AuditRow parse(StoredRow stored) {
		AuditContent content = new AuditContent(stored.occurredAt().toInstant(), stored.actor(), stored.actorRoles(),
				stored.clientIp(), stored.userAgent(), stored.action(), stored.projectId(), stored.resourceType(),
				stored.resourceId(), Phase.valueOf(stored.phase()), stored.correlationId(), json(stored.request()),
				json(stored.before()), json(stored.after()), stored.upstreamStatus(), stored.upstreamErrorCode(),
				stored.detail());
		return new AuditRow(stored.id(), content, stored.prevHash(), stored.hash());
	}

	private @Nullable JsonNode json(@Nullable String text) {
		return (text != null) ? mapper.readTree(text) : null;
	}

}
