package com.provisioningportal.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What the sandbox answers: a status, headers and a body (JSON unless said otherwise). */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

	/** What a request a fault cut off is recorded with: no status, no body. */
	static final SandboxResponse UNANSWERED = new SandboxResponse(0, Map.of(), new byte[0]);

	/** Sends this response on an exchange of the JDK server and closes it. */
	public void writeTo(HttpExchange exchange) throws IOException {
		headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
		boolean empty = body.length == 0;
		exchange.sendResponseHeaders(status, empty ? -1 : body.length);
		if (!empty) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
		exchange.close();
	}

	public static SandboxResponse json(int status, JsonNode body) {
		return new SandboxResponse(status, contentType("application/json"),
				Json.write(body).getBytes(StandardCharsets.UTF_8));
	}

	public static SandboxResponse ok(JsonNode body) {
		return json(200, body);
	}

	static SandboxResponse created(JsonNode body) {
		return json(201, body);
	}

	static SandboxResponse noContent() {
		return new SandboxResponse(204, Map.of(), new byte[0]);
	}

	public static SandboxResponse html(String html) {
		return new SandboxResponse(200, contentType("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8));
	}

	static SandboxResponse error(PapiException error) {
		SandboxResponse response = json(error.status(), error.body());
		return error.wwwAuthenticate() == null ? response : response.withHeader("WWW-Authenticate", error.wwwAuthenticate());
	}

	public SandboxResponse withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(headers);
		copy.put(name, value);
		return new SandboxResponse(status, copy, body);
	}

	/** This answer as a newer version of the API would give it: see {@link FaultRule.Kind#NEWER_VERSION}. */
	SandboxResponse asNewerVersion() {
		if (status / 100 != 2 || body.length == 0) {
			return this;
		}
		JsonNode tree = Json.read(new String(body, StandardCharsets.UTF_8));
		newer(tree);
		return new SandboxResponse(status, headers, Json.write(tree).getBytes(StandardCharsets.UTF_8));
	}

	private static void newer(JsonNode node) {
		if (node instanceof ObjectNode object) {
			for (String name : List.copyOf(object.propertyNames())) {
				JsonNode value = object.get(name);
				if ((name.equals("state") || name.equals("status")) && value.isString()) {
					object.put(name, "UNRECOGNIZED");
				}
				else {
					newer(value);
				}
			}
			object.putObject("addedInANewerVersion").put("note", "a field this client does not know");
		}
		else if (node.isArray()) {
			node.forEach(SandboxResponse::newer);
		}
	}

	private static Map<String, String> contentType(String type) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", type);
		return headers;
	}

}
