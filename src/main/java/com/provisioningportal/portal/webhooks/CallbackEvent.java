package com.provisioningportal.portal.webhooks;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import tools.jackson.databind.JsonNode;

/**
 * What a callback is about, read from Sinch's envelope {@code {type, payload, comment?}}. The payload is the resource
 * as it was at the event, so its {@code modified} time, where the resource has one, is when the event happened.
 */
record CallbackEvent(String type, String resourceType, String resourceId, String state, String comment,
		Instant happenedAt) {

	static CallbackEvent of(JsonNode body) {
		CallbackEvent event = about(body);
		return new CallbackEvent(event.type, event.resourceType, event.resourceId, event.state, event.comment,
				time(body.path("payload").path("modified")));
	}

	private static CallbackEvent about(JsonNode body) {
		String type = body.path("type").asString();
		JsonNode payload = body.path("payload");
		String comment = body.path("comment").isString() ? body.path("comment").asString() : null;
		String state = text(payload, "state");
		if (state == null) {
			state = text(payload.path("changes"), "status");
		}
		if (type.startsWith("WHATSAPP_SENDER_")) {
			return new CallbackEvent(type, "whatsapp-sender", text(payload, "id"), state, comment, null);
		}
		if (type.startsWith("WHATSAPP_TEMPLATE_")) {
			String name = text(payload, "name");
			String language = text(payload, "language");
			return new CallbackEvent(type, "whatsapp-template", (name == null) ? null : name + "/" + language, state, comment, null);
		}
		if (type.startsWith("WHATSAPP_ACCOUNT_") || type.startsWith("WHATSAPP_WABA_")) {
			return new CallbackEvent(type, "whatsapp-account", text(payload, "wabaId"), state, comment, null);
		}
		if (type.startsWith("BUNDLE_")) {
			return new CallbackEvent(type, "bundle", text(payload, "id"), state, comment, null);
		}
		return new CallbackEvent(type, "other", text(payload, "id"), state, comment, null);
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

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

}
