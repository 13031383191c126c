package com.provisioningportal.portal.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A change sent to Sinch whose answer never came, not settled yet.
 *
 * @param unknownRowId the id of its UNKNOWN row
 * @param request what the attempt asked Sinch for, as its ATTEMPT row keeps it
 * @param sentAt when the attempt was recorded
 */
public record UnknownChange(long unknownRowId, String action, @Nullable String projectId, @Nullable String resourceType,
		@Nullable String resourceId, UUID correlationId, @Nullable JsonNode request, Instant sentAt) {

}
