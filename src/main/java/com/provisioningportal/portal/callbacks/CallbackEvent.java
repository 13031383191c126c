package com.provisioningportal.portal.callbacks;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What a callback is about, read from Sinch's envelope {@code {type, payload, comment?}}. The payload is the resource
 * as it was at the event, so its {@code modified} time, where the resource has one, is when the event happened.
 * Which resource it is about, the channels say through their {@link CallbackKind}s.
 */
record CallbackEvent(String type, String resourceType, String resourceId, String state, String comment,
		Instant happenedAt) {

	/** Whatever no channel claims: kept and announced all the same, its id read from the payload's {@code id}. */
	private static final CallbackKind OTHER = CallbackKind.of("other", payload -> CallbackKind.text(payload, "id"));

	/** The event, its resource read by the first of the kinds that claims the type. */
	static CallbackEvent of(JsonNode body, List<CallbackKind> kinds) {
		String type = body.path("type").asString();
		JsonNode payload = body.path("payload");
		String comment = body.path("comment").isString() ? body.path("comment").asString() : null;
		String state = CallbackKind.text(payload, "state");
		if (state == null) {
			state = CallbackKind.text(payload.path("changes"), "status");
		}
		CallbackKind kind = kinds.stream().filter(candidate -> candidate.about(type)).findFirst().orElse(OTHER);
		return new CallbackEvent(type, kind.kind(), kind.resourceId(payload), state, comment,
				time(payload.path("modified")));
	}

	private static Instant time(JsonNode value) {
		if (!value.isString()) {
			return null;
		}
		try {
			return Instant.parse(value.asString());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
