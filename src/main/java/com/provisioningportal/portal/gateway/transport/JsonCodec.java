package com.provisioningportal.portal.gateway.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.Page;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out of Sinch. Unknown fields are ignored so Sinch can add fields; request bodies are written as given
 * (records leave out what their {@code @JsonInclude} says, PATCH maps keep explicit {@code null}s).
 */
public final class JsonCodec {

	private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
	};

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		// list items are read from inside the envelope, with the envelope's end still to come
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	byte[] write(Object body) {
		return mapper.writeValueAsBytes(body);
	}

	public <T> T read(byte[] body, Class<T> type) {
		return mapper.readValue(body, type);
	}

	/** Reads a list envelope in one pass; the items key differs per list ({@code senders}, {@code webhooks}, ...). */
	public <T> Page<T> readPage(byte[] body, String itemsKey, Class<T> type) {
		List<T> items = List.of();
		Integer totalSize = null;
		Integer pageSize = null;
		String nextPageToken = null;
		String previousPageToken = null;
		try (JsonParser parser = mapper.createParser(body)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("Sinch answered a list request without a JSON object");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if (field.equals(itemsKey) && value == JsonToken.START_ARRAY) {
					items = mapper.readValue(parser, mapper.getTypeFactory().constructCollectionType(List.class, type));
				}
				else if (field.equals("totalSize") && value.isNumeric()) {
					totalSize = parser.getIntValue();
				}
				else if (field.equals("pageSize") && value.isNumeric()) {
					pageSize = parser.getIntValue();
				}
				else if (field.equals("nextPageToken") && value == JsonToken.VALUE_STRING) {
					nextPageToken = parser.getString();
				}
				else if (field.equals("previousPageToken") && value == JsonToken.VALUE_STRING) {
					previousPageToken = parser.getString();
				}
				else {
					parser.skipChildren();
				}
			}
		}
		return new Page<>(items, (totalSize != null) ? totalSize : items.size(),
				(pageSize != null) ? pageSize : items.size(), nextPageToken, previousPageToken);
	}

	public <T> List<T> readList(byte[] body, String itemsKey, Class<T> type) {
		return readPage(body, itemsKey, type).items();
	}

	/** Sinch's PAPI error, or {@code null} when the body is not one (HTML from a proxy, empty, ...). */
	PapiError readError(byte[] body) {
		try {
			JsonNode root = mapper.readTree(body);
			if (root == null || !root.isObject() || !root.path("errorCode").isString()) {
				return null;
			}
			JsonNode additional = root.path("additionalInformation");
			Map<String, Object> additionalInformation = additional.isObject() ? mapper.convertValue(additional, MAP)
					: Map.of();
			return new PapiError(root.path("errorCode").asString(), text(root, "message"), text(root, "resolution"),
					additionalInformation);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** The OAuth2 {@code error} (or PAPI {@code errorCode}) of a token endpoint's error body, if it has one. */
	String readTokenError(byte[] body) {
		try {
			JsonNode root = mapper.readTree(body);
			if (root == null || !root.isObject()) {
				return null;
			}
			String error = text(root, "error");
			return (error != null) ? error : text(root, "errorCode");
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isString() ? value.asString() : null;
	}

}
