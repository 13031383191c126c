package com.provisioningportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** What the sandbox answers: a status, headers and a body (JSON unless said otherwise). */
public record SandboxResponse(int status, Map<String, String> headers, byte[] body) {

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
