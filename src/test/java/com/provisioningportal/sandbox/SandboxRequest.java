package com.provisioningportal.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One incoming HTTP request, already read, with the path variables of the route it matched. */
public record SandboxRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
		Map<String, String> pathVariables) {

	/** Reads an exchange of the JDK server whole: the sandboxes' bodies are small. */
	public static SandboxRequest from(HttpExchange exchange) throws IOException {
		byte[] body;
		try (InputStream in = exchange.getRequestBody()) {
			body = in.readAllBytes();
		}
		URI uri = exchange.getRequestURI();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
		return new SandboxRequest(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery(), headers, body,
				Map.of());
	}

	public SandboxRequest withPathVariables(Map<String, String> variables) {
		return new SandboxRequest(method, path, rawQuery, headers, body, variables);
	}

	public String variable(String name) {
		return pathVariables.get(name);
	}

	public String header(String name) {
		return headers.entrySet()
			.stream()
			.filter(entry -> entry.getKey().equalsIgnoreCase(name))
			.flatMap(entry -> entry.getValue().stream())
			.findFirst()
			.orElse(null);
	}

	public String bodyText() {
		return new String(body, StandardCharsets.UTF_8);
	}

	/** The body as a JSON object; anything else is Sinch's 400 invalid_payload. */
	ObjectNode jsonObject() {
		try {
			JsonNode node = body.length == 0 ? null : Json.read(bodyText());
			if (node instanceof ObjectNode object) {
				return object;
			}
		}
		catch (JacksonException ex) {
			// falls through to invalid_payload, as Sinch answers unparseable bodies
		}
		throw PapiException.invalidPayload();
	}

	public Map<String, List<String>> query() {
		return parseForm(rawQuery);
	}

	public String queryParam(String name) {
		List<String> values = query().get(name);
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	List<String> queryParams(String name) {
		return query().getOrDefault(name, List.of());
	}

	public static Map<String, List<String>> parseForm(String encoded) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return values;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
		return values;
	}

	public static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
