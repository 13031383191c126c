package com.provisioningportal.portal.callbacks;

import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

/**
 * A kind of resource Sinch's callbacks are about, declared as a bean by the feature that owns it, so the receiver
 * reads events of every channel without naming one. An event no kind claims is recorded as {@code other}.
 */
public interface CallbackKind {

	/** The resource kind, as {@link WatchedResource} and the audit log name it. */
	String kind();

	/** Whether Sinch's trigger (the envelope's {@code type}) is about this kind. */
	boolean about(String eventType);

	/** The resource's id in the event's payload, or null when the payload does not say. */
	String resourceId(JsonNode payload);

	/** A kind whose triggers start with one of the prefixes and whose id the function reads from the payload. */
	static CallbackKind of(String kind, Function<JsonNode, String> resourceId, String... eventPrefixes) {
		List<String> prefixes = List.of(eventPrefixes);
		return new CallbackKind() {

			@Override
			public String kind() {
				return kind;
			}

			@Override
			public boolean about(String eventType) {
				return prefixes.stream().anyMatch(eventType::startsWith);
			}

			@Override
			public String resourceId(JsonNode payload) {
				return resourceId.apply(payload);
			}

		};
	}

	/** The payload's text field, or null when it has none. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

}
