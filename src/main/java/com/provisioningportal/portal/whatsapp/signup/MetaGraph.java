package com.provisioningportal.portal.whatsapp.signup;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The few Graph calls Embedded Signup needs. A plain JDK client on purpose: the code exchange carries the app secret
 * in its query as Meta documents it, and Spring's instrumented clients would put the URI into metric tags and
 * observation logs. Nothing here logs a URL, a code or a token. Calls are never retried (a code is single use).
 */
class MetaGraph {

	private final MetaSettings settings;

	private final JsonMapper json;

	private final HttpClient http;

	MetaGraph(MetaSettings settings, JsonMapper json) {
		this.settings = settings;
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * Exchanges Embedded Signup's code for the customer's business token. {@code redirectUri} only for codes of the
	 * redirect flow (they must be exchanged with the dialog's exact redirect URI); never for the SDK's codes.
	 */
	String exchangeCode(String code, String redirectUri) {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", settings.appId());
		query.put("client_secret", settings.appSecret());
		query.put("code", code);
		if (redirectUri != null) {
			query.put("redirect_uri", redirectUri);
		}
		JsonNode answer = get("/oauth/access_token", query, null);
		String token = answer.path("access_token").asString("");
		if (token.isBlank()) {
			throw new MetaGraphException(0, 0, "Meta's answer had no access token.", null);
		}
		return token;
	}

	/** What Meta says about the token: whether it is valid, for our app, and which WABAs it may manage. */
	TokenFacts debugToken(String token) {
		JsonNode data = get("/debug_token", Map.of("input_token", token), settings.appId() + "|" + settings.appSecret())
			.path("data");
		Set<String> targets = new LinkedHashSet<>();
		for (JsonNode scope : data.path("granular_scopes")) {
			String name = scope.path("scope").asString("");
			if (name.startsWith("whatsapp_business")) {
				scope.path("target_ids").forEach(id -> targets.add(id.asString("")));
			}
		}
		targets.remove("");
		return new TokenFacts(data.path("is_valid").asBoolean(false), data.path("app_id").asString(""), Set.copyOf(targets));
	}

	/** The WABA's phone numbers as the token sees them (every page). */
	List<PhoneChoice> phoneNumbers(String wabaId, String token) {
		List<PhoneChoice> numbers = new ArrayList<>();
		String proof = appSecretProof(token);
		JsonNode page = get("/" + wabaId + "/phone_numbers", Map.of("limit", "100", "appsecret_proof", proof), token);
		for (int pages = 0; pages < 10; pages++) {
			for (JsonNode number : page.path("data")) {
				numbers.add(new PhoneChoice(wabaId, number.path("id").asString(""), number.path("display_phone_number").asString(""),
						number.path("verified_name").asString("")));
			}
			String next = page.path("paging").path("cursors").path("after").asString("");
			if (next.isBlank() || !page.path("paging").has("next")) {
				break;
			}
			page = get("/" + wabaId + "/phone_numbers", Map.of("limit", "100", "after", next, "appsecret_proof", proof), token);
		}
		return numbers;
	}

	/**
	 * Meta's proof that a call with a customer's token comes from our server: the token's HMAC-SHA256 under the app
	 * secret, in hex. Apps with "Require App Secret" on (as they should be) refuse calls without it.
	 */
	private String appSecretProof(String token) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(settings.appSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private JsonNode get(String path, Map<String, String> query, String bearer) {
		String queryText = query.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		URI uri = URI.create(settings.graphUrl().toString().replaceAll("/+$", "") + "/" + settings.graphVersion() + path
				+ (queryText.isEmpty() ? "" : "?" + queryText));
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).GET();
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw MetaGraphException.unreachable();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw MetaGraphException.unreachable();
		}
		JsonNode body;
		try {
			body = json.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new MetaGraphException(0, 0, "Meta answered with something that is not JSON (HTTP " + response.statusCode() + ").", null);
		}
		if (response.statusCode() / 100 != 2 || body.has("error")) {
			JsonNode error = body.path("error");
			throw new MetaGraphException(error.path("code").asInt(0), error.path("error_subcode").asInt(0),
					error.path("message").asString("Meta refused the request (HTTP " + response.statusCode() + ")."),
					error.path("fbtrace_id").asString(null));
		}
		return body;
	}

	/** What {@code debug_token} says about a business token. */
	record TokenFacts(boolean valid, String appId, Set<String> wabaIds) {

	}

}
