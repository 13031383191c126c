package com.provisioningportal.portal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.RowMapper;

/**
 * An audit row as the database returned it, JSON still as {@code jsonb}'s text. Reading is cheap this way; parsing
 * the JSON (needed for the hash) is left to whoever needs it, possibly on another thread.
 */
record StoredRow(long id, OffsetDateTime occurredAt, String actor, String actorRoles, @Nullable String clientIp,
		@Nullable String userAgent, String action, @Nullable String projectId, @Nullable String resourceType,
		@Nullable String resourceId, String phase, UUID correlationId, @Nullable String request, @Nullable String before,
		@Nullable String after, @Nullable Integer upstreamStatus, @Nullable String upstreamErrorCode,
		@Nullable String detail, byte[] prevHash, byte[] hash) {

	static final RowMapper<StoredRow> MAPPER = StoredRow::read;

	private static StoredRow read(ResultSet rs, int rowNum) throws SQLException {
		return new StoredRow(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
				rs.getString(11), rs.getObject(12, UUID.class), rs.getString(13), rs.getString(14), rs.getString(15),
				(Integer) rs.getObject(16), rs.getString(17), rs.getString(18), rs.getBytes(19), rs.getBytes(20));
	}

}
