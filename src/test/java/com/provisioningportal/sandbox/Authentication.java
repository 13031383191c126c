package com.provisioningportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.provisioningportal.sandbox.SandboxState.IssuedToken;
import com.provisioningportal.sandbox.SandboxState.ProjectState;
import tools.jackson.databind.node.ObjectNode;

/**
 * The token endpoint of auth.sinch.com and the access check of every Provisioning API call: a bearer token the
 * sandbox issued and that has not expired, or HTTP Basic with the project's access key.
 */
final class Authentication {

	private static final String EXPIRED_CHALLENGE = "Bearer error=\"invalid_token\", error_description=\"The access token expired\"";

	private static final String INVALID_CHALLENGE = "Bearer error=\"invalid_token\", error_description=\"The access token is invalid\"";

	private final SandboxCore core;

	Authentication(SandboxCore core) {
		this.core = core;
	}

	/** An endpoint under /v1/projects/{projectId}, run for an authorised project under the state lock. */
	interface ProjectHandler {

		SandboxResponse handle(SandboxRequest request, ProjectState project);

	}

	Router.Handler scoped(ProjectHandler handler) {
		return request -> core.locked(() -> handler.handle(request, authorize(request, request.variable("projectId"))));
	}

	void register(Router router) {
		router.add("POST", "/oauth2/token", this::issueToken);
	}

	/** POST /oauth2/token (RFC 6749 client credentials grant; OAuth error bodies, not PAPI ones). */
	private SandboxResponse issueToken(SandboxRequest request) {
		return core.locked(() -> {
			core.state().tokenRequests++;
			Credentials credentials = Credentials.fromBasic(request.header("Authorization"));
			ProjectState project = credentials == null ? null : projectOfKey(credentials);
			if (project == null) {
				return oauthError(401, "invalid_client", "Client authentication failed.")
					.withHeader("WWW-Authenticate", "Basic realm=\"sinch\"");
			}
			List<String> grantTypes = SandboxRequest.parseForm(request.bodyText()).getOrDefault("grant_type", List.of());
			if (grantTypes.isEmpty()) {
				return oauthError(400, "invalid_request", "grant_type is required.");
			}
			if (!grantTypes.get(0).equals("client_credentials")) {
				return oauthError(400, "unsupported_grant_type", "Only client_credentials is supported.");
			}
			forgetLongExpiredTokens();
			Duration lifetime = core.options().tokenLifetime();
			String token = accessToken(project.keyId, lifetime);
			core.state().tokens.put(token, new IssuedToken(project.keyId, project.id, core.nowMillis() + lifetime.toMillis()));
			ObjectNode body = Json.object();
			body.put("access_token", token);
			body.put("token_type", "Bearer");
			body.put("expires_in", lifetime.toSeconds());
			body.put("scope", "");
			return SandboxResponse.ok(body).withHeader("Cache-Control", "no-store");
		});
	}

	/** Keeps dev mode's saved state small; a day after expiry nobody needs the "expired" answer any more. */
	private void forgetLongExpiredTokens() {
		long cutoff = core.nowMillis() - Duration.ofDays(1).toMillis();
		core.state().tokens.values().removeIf(token -> token.expiresAt() < cutoff);
	}

	private static SandboxResponse oauthError(int status, String error, String description) {
		ObjectNode body = Json.object();
		body.put("error", error);
		body.put("error_description", description);
		return SandboxResponse.json(status, body);
	}

	/** Shaped like the JWT Sinch issues; only the sandbox itself ever reads it, by looking it up. */
	private String accessToken(String keyId, Duration lifetime) {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		long issuedAt = core.now().getEpochSecond();
		String header = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String claims = base64.encodeToString(Json.write(Json.MAPPER.valueToTree(Map.of("sub", keyId, "iat", issuedAt,
				"exp", issuedAt + lifetime.toSeconds(), "jti", Ids.uuid())))
			.getBytes(StandardCharsets.UTF_8));
		return header + "." + claims + "." + base64.encodeToString(Ids.hex(64).getBytes(StandardCharsets.UTF_8));
	}

	private ProjectState projectOfKey(Credentials credentials) {
		return core.state()
			.projects
			.values()
			.stream()
			.filter(project -> credentials.matches(project.keyId, project.keySecret))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The project a call may act on. Bad or missing credentials answer 401; a malformed project id 400
	 * invalid_id_format; an unknown project 404 project_not_found; another project's key 401. Call under the lock.
	 */
	ProjectState authorize(SandboxRequest request, String projectId) {
		String keyProjectId = keyProject(request.header("Authorization"));
		if (!Ids.UUID_FORMAT.matcher(projectId).matches()) {
			throw new PapiException(400, "invalid_id_format", "Invalid projectId format.",
					"Use the project id (a UUID) from the Sinch dashboard.");
		}
		ProjectState project = core.project(projectId);
		if (project == null) {
			throw PapiException.notFound("project_not_found", "Project");
		}
		if (!project.id.equals(keyProjectId)) {
			throw PapiException.unauthorized();
		}
		return project;
	}

	private String keyProject(String authorization) {
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			IssuedToken token = core.state().tokens.get(authorization.substring(7).trim());
			if (token == null) {
				throw PapiException.unauthorized().challenge(INVALID_CHALLENGE);
			}
			if (token.expiresAt() <= core.nowMillis()) {
				throw PapiException.unauthorized().challenge(EXPIRED_CHALLENGE);
			}
			return token.projectId();
		}
		Credentials credentials = Credentials.fromBasic(authorization);
		ProjectState project = credentials == null ? null : projectOfKey(credentials);
		if (project == null) {
			throw PapiException.unauthorized();
		}
		return project.id;
	}

}
