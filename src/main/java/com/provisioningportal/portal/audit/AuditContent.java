package com.provisioningportal.portal.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Everything in an audit row the hash covers, in the order of the canonical form. JSON values are already
 * masked and cleaned, so what is hashed is exactly what PostgreSQL stores.
 */
record AuditContent(Instant occurredAt, String actor, String actorRoles, @Nullable String clientIp,
		@Nullable String userAgent, String action, @Nullable String projectId, @Nullable String resourceType,
		@Nullable String resourceId, Phase phase, UUID correlationId, @Nullable JsonNode request,
		@Nullable JsonNode before, @Nullable JsonNode after, @Nullable Integer upstreamStatus,
		@Nullable String upstreamErrorCode, @Nullable String detail) {

}
