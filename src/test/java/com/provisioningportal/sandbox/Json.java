package com.provisioningportal.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers shared by the simulated endpoints, which keep their resources as the very JSON they answer. */
public final class Json {

	public static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** Sinch writes UTC timestamps with milliseconds, e.g. 2023-01-19T13:11:08.204Z. */
	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private Json() {
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	public static ArrayNode array() {
		return MAPPER.createArrayNode();
	}

	public static ArrayNode array(List<String> values) {
		ArrayNode array = array();
		values.forEach(array::add);
		return array;
	}

	static String timestamp(Instant instant) {
		return TIMESTAMP.format(instant);
	}

	public static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	public static JsonNode read(String json) {
		return MAPPER.readTree(json);
	}

	/** The text of a string field, or null when it is absent, null or not a string. */
	public static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && value.isString() ? value.stringValue() : null;
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		if (array != null && array.isArray()) {
			array.forEach(value -> values.add(value.asString()));
		}
		return values;
	}

	static ObjectNode copy(ObjectNode node) {
		return node.deepCopy();
	}

}
