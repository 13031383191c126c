package com.provisioningportal.sandbox.meta;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.Router;
import com.provisioningportal.sandbox.SandboxRequest;
import com.provisioningportal.sandbox.SandboxResponse;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions.MetaApp;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Graph API calls of Embedded Signup: the code exchange, {@code debug_token} and a WABA's phone numbers.
 */
final class GraphApi {

	static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");

	static final Duration TOKEN_LIFETIME = Duration.ofDays(60);

	static final List<String> SCOPES = List.of("whatsapp_business_management", "whatsapp_business_messaging");

	private final MetaState state;

	private final MetaApp app;

	private final Clock clock;

	private final Duration codeLifetime;

	private final boolean appSecretRequired;

	GraphApi(MetaState state, MetaSandboxOptions options) {
		this.state = state;
		this.app = options.app();
		this.clock = options.clock();
		this.codeLifetime = options.codeLifetime();
		this.appSecretRequired = options.appSecretRequired();
	}

	void register(Router router) {
		router.add("GET", "/{version}/oauth/access_token", this::exchangeCode)
			.add("GET", "/{version}/debug_token", this::debugToken)
			.add("GET", "/{version}/{wabaId}/phone_numbers", this::phoneNumbers);
	}

	/**
	 * Checked in this order: the app, its secret, the code (known and of this app), reuse, expiry, then the
	 * {@code redirect_uri}. A failed check leaves the code as it was.
	 */
	private SandboxResponse exchangeCode(SandboxRequest request) {
		requireVersion(request);
		String clientId = request.queryParam("client_id");
		String clientSecret = request.queryParam("client_secret");
		String code = request.queryParam("code");
		String redirectUri = blankToNull(request.queryParam("redirect_uri"));
		if (clientId == null) {
			throw GraphException.oauth(101, null, "Missing client_id parameter.");
		}
		if (!clientId.equals(app.id())) {
			throw GraphException.oauth(101, null, "Error validating application. Invalid application ID.");
		}
		if (clientSecret == null) {
			throw GraphException.oauth(1, null, "Missing client_secret parameter.");
		}
		if (!clientSecret.equals(app.secret())) {
			throw GraphException.oauth(1, null, "Error validating client secret.");
		}
		if (code == null) {
			throw GraphException.oauth(1, null, "Missing code parameter.");
		}
		Instant now = clock.instant();
		synchronized (state) {
			IssuedCode issued = state.code(code)
				.filter(known -> known.appId().equals(clientId))
				.orElseThrow(() -> GraphException.oauth(100, null, "Invalid verification code format."));
			if (issued.exchangedAt() != null) {
				throw GraphException.oauth(100, 36009, "This authorization code has been used.");
			}
			if (!now.isBefore(issued.issuedAt().plus(codeLifetime))) {
				throw GraphException.oauth(100, 36007, "This authorization code has expired.");
			}
			if (!Objects.equals(redirectUri, issued.redirectUri())) {
				throw GraphException.oauth(100, 36008, "Error validating verification code. Please make sure your "
						+ "redirect_uri is identical to the one you used in the OAuth dialog request");
			}
			state.putCode(issued.exchanged(now));
			IssuedToken token = new IssuedToken(MetaState.opaque("EAA", 120), now, now.plus(TOKEN_LIFETIME),
					issued.appId(), MetaState.numericId(15), issued.businessId(), List.of(issued.wabaId()));
			state.putToken(token);
			ObjectNode body = Json.object();
			body.put("access_token", token.token());
			body.put("token_type", "bearer");
			return SandboxResponse.ok(body);
		}
	}

	/**
	 * Inspects a token, with the app's token ({@code app_id|app_secret}) or a valid token of the app. Like Graph, an
	 * unknown or expired input token is a 200 with {@code is_valid: false}.
	 */
	private SandboxResponse debugToken(SandboxRequest request) {
		requireVersion(request);
		String accessToken = accessToken(request);
		boolean appToken = accessToken.equals(app.id() + "|" + app.secret());
		if (!appToken && validToken(accessToken) == null) {
			throw invalidAccessToken();
		}
		String inputToken = request.queryParam("input_token");
		if (inputToken == null) {
			throw GraphException.oauth(100, null, "The parameter input_token is required");
		}
		IssuedToken token = state.token(inputToken).orElse(null);
		ObjectNode data = Json.object();
		if (token == null) {
			ObjectNode error = data.putObject("error");
			error.put("code", 190);
			error.put("message", "Invalid OAuth access token.");
			data.put("is_valid", false);
			data.set("scopes", Json.array());
		}
		else {
			data.put("app_id", token.appId());
			data.put("type", "SYSTEM_USER");
			data.put("application", app.name());
			data.put("data_access_expires_at", token.expiresAt().getEpochSecond());
			data.put("expires_at", token.expiresAt().getEpochSecond());
			data.put("is_valid", clock.instant().isBefore(token.expiresAt()));
			data.put("issued_at", token.issuedAt().getEpochSecond());
			data.set("scopes", Json.array(SCOPES));
			ArrayNode granular = data.putArray("granular_scopes");
			for (String scope : SCOPES) {
				ObjectNode entry = granular.addObject();
				entry.put("scope", scope);
				entry.set("target_ids", Json.array(token.wabaIds()));
			}
			data.put("user_id", token.userId());
		}
		ObjectNode body = Json.object();
		body.set("data", data);
		return SandboxResponse.ok(body);
	}

	/** The WABA's numbers, for a token that was given this WABA; any other WABA "does not exist" for it. */
	private SandboxResponse phoneNumbers(SandboxRequest request) {
		requireVersion(request);
		String accessToken = accessToken(request);
		IssuedToken token = validToken(accessToken);
		if (token == null) {
			throw invalidAccessToken();
		}
		requireAppSecretProof(request, accessToken);
		String wabaId = request.variable("wabaId");
		MetaWaba waba = state.waba(wabaId)
			.filter(known -> token.wabaIds().contains(known.id()))
			.orElseThrow(() -> GraphException.oauth(100, 33, "Unsupported get request. Object with ID '" + wabaId
					+ "' does not exist, cannot be loaded due to missing permissions, or does not support this operation."));
		ObjectNode body = Json.object();
		ArrayNode data = body.putArray("data");
		for (MetaWaba.PhoneNumber number : waba.phoneNumbers()) {
			ObjectNode entry = data.addObject();
			entry.put("verified_name", number.verifiedName());
			entry.put("code_verification_status", "VERIFIED");
			entry.put("display_phone_number", number.displayPhoneNumber());
			entry.put("quality_rating", "GREEN");
			entry.put("platform_type", "CLOUD_API");
			entry.putObject("throughput").put("level", "STANDARD");
			entry.put("id", number.id());
		}
		if (!waba.phoneNumbers().isEmpty()) {
			ObjectNode cursors = body.putObject("paging").putObject("cursors");
			cursors.put("before", cursor(waba.phoneNumbers().get(0).id()));
			cursors.put("after", cursor(waba.phoneNumbers().get(waba.phoneNumbers().size() - 1).id()));
		}
		return SandboxResponse.ok(body);
	}

	/** Meta's cursors are opaque; one page holds every number, so they only point at its first and last entry. */
	private static String cursor(String phoneNumberId) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(phoneNumberId.getBytes(StandardCharsets.UTF_8));
	}

	private static void requireVersion(SandboxRequest request) {
		if (!VERSION.matcher(request.variable("version")).matches()) {
			throw GraphException.oauth(2500, null, "Unknown path components: " + request.path());
		}
	}

	/** Graph takes the token from {@code access_token} or from {@code Authorization: Bearer ...}. */
	private static String accessToken(SandboxRequest request) {
		String parameter = request.queryParam("access_token");
		if (parameter != null) {
			return parameter;
		}
		String authorization = request.header("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).trim();
		}
		throw GraphException.oauth(104, null, "An access token is required to request this resource.");
	}

	/** With "Require App Secret" on, a call with a user's token carries the token's HMAC-SHA256 under the app secret. */
	private void requireAppSecretProof(SandboxRequest request, String accessToken) {
		if (!appSecretRequired) {
			return;
		}
		String proof = request.queryParam("appsecret_proof");
		if (proof == null) {
			throw GraphException.method(100, "API calls from the server require an appsecret_proof argument");
		}
		if (!MessageDigest.isEqual(proof.getBytes(StandardCharsets.US_ASCII),
				appSecretProof(accessToken, app.secret()).getBytes(StandardCharsets.US_ASCII))) {
			throw GraphException.method(100, "Invalid appsecret_proof provided in the API argument");
		}
	}

	static String appSecretProof(String accessToken, String appSecret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(accessToken.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private IssuedToken validToken(String accessToken) {
		return state.token(accessToken).filter(token -> clock.instant().isBefore(token.expiresAt())).orElse(null);
	}

	private static GraphException invalidAccessToken() {
		return GraphException.oauth(190, null, "Invalid OAuth access token - Cannot parse access token");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
