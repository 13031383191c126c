package com.provisioningportal.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;

/** A plain HTTP client for the sandbox's tests (deliberately not the portal's gateway). */
public final class SandboxClient {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String baseUrl;

	public SandboxClient(SinchSandbox sandbox) {
		this.baseUrl = sandbox.baseUrl();
	}

	public record Reply(int status, HttpHeaders headers, String body) {

		public JsonNode json() {
			return Json.read(body);
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public String errorCode() {
			return json().path("errorCode").asString();
		}

	}

	static String basic(String id, String secret) {
		return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
	}

	static String basic(SandboxProject project) {
		return basic(project.keyId(), project.keySecret());
	}

	Reply token(String authorization, String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	String accessToken(SandboxProject project) {
		return token(basic(project), "grant_type=client_credentials").json().path("access_token").asString();
	}

	Reply call(String method, String path, String authorization, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	/** A call under /v1/projects/{project} with the project's key as HTTP Basic. */
	public Reply call(String method, SandboxProject project, String relativePath, String json) {
		return call(method, "/v1/projects/" + project.id() + relativePath, basic(project), json);
	}

	public Reply get(SandboxProject project, String relativePath) {
		return call("GET", project, relativePath, null);
	}

	public Reply post(SandboxProject project, String relativePath, String json) {
		return call("POST", project, relativePath, json);
	}

	public Reply patch(SandboxProject project, String relativePath, String json) {
		return call("PATCH", project, relativePath, json);
	}

	public Reply delete(SandboxProject project, String relativePath) {
		return call("DELETE", project, relativePath, null);
	}

	static Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
