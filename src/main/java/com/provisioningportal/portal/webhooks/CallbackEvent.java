package com.provisioningportal.portal.webhooks;

import tools.jackson.databind.JsonNode;

/** What a callback is about, read from Sinch's envelope {@code {type, payload, comment?}}. */
record CallbackEvent(String type, String resourceType, String resourceId, String state, String comment) {

	static CallbackEvent of(JsonNode body) {
		String type = body.path("type").asString();
		JsonNode payload = body.path("payload");
		String comment = body.path("comment").isString() ? body.path("comment").asString() : null;
		String state = text(payload, "state");
		if (state == null) {
			state = text(payload.path("changes"), "status");
		}
		if (type.startsWith("WHATSAPP_SENDER_")) {
			return new CallbackEvent(type, "whatsapp-sender", text(payload, "id"), state, comment);
		}
		if (type.startsWith("WHATSAPP_TEMPLATE_")) {
			String name = text(payload, "name");
			String language = text(payload, "language");
			return new CallbackEvent(type, "whatsapp-template", (name == null) ? null : name + "/" + language, state, comment);
		}
		if (type.startsWith("WHATSAPP_ACCOUNT_") || type.startsWith("WHATSAPP_WABA_")) {
			return new CallbackEvent(type, "whatsapp-account", text(payload, "wabaId"), state, comment);
		}
		if (type.startsWith("BUNDLE_")) {
			return new CallbackEvent(type, "bundle", text(payload, "id"), state, comment);
		}
		return new CallbackEvent(type, "other", text(payload, "id"), state, comment);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? value.asString() : null;
	}

}
