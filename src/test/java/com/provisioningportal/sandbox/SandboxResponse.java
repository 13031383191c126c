package com.provisioningportal.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import tools.jackson.databind.JsonNode;

/** What the sandbox answers: a status, headers and a body (JSON unless said otherwise). */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

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

	private static Map<String, String> contentType(String type) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", type);
		return headers;
	}

}
