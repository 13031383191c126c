package com.provisioningportal.sandbox.meta;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class GraphApiTests extends MetaSandboxTestSupport {

	private MetaWaba waba;

	@BeforeEach
	void customerWaba() {
		waba = meta.addWaba("Shop", 2);
	}

	private String proof(String token) {
		return GraphApi.appSecretProof(token, meta.app().secret());
	}

	private String businessToken() {
		return exchange(meta.issueCode(waba, null)).json().path("access_token").asString();
	}

	@Test
	void aCodeIsExchangedOnceForABusinessToken() {
		String code = meta.issueCode(waba, null);

		Reply first = exchange(code);
		Reply second = exchange(code);

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().path("access_token").asString()).startsWith("EAA").hasSizeGreaterThan(100);
		assertThat(second.status()).isEqualTo(400);
		assertThat(second.error().path("type").asString()).isEqualTo("OAuthException");
		assertThat(second.error().path("code").asInt()).isEqualTo(100);
		assertThat(second.error().path("error_subcode").asInt()).isEqualTo(36009);
		assertThat(second.error().path("message").asString()).isEqualTo("This authorization code has been used.");
		assertThat(second.error().path("fbtrace_id").asString()).isNotBlank();
		assertThat(meta.codes()).singleElement().satisfies(issued -> {
			assertThat(issued.exchangedAt()).isEqualTo(clock.instant());
			assertThat(issued.wabaId()).isEqualTo(waba.id());
		});
		assertThat(meta.tokens()).singleElement()
			.satisfies(token -> assertThat(token.wabaIds()).containsExactly(waba.id()));
	}

	@Test
	void aCodeExpiresAfterThirtySeconds() {
		String fresh = meta.issueCode(waba, null);
		String stale = meta.issueCode(waba, null);

		clock.advance(Duration.ofSeconds(29));
		Reply inTime = exchange(fresh);
		clock.advance(Duration.ofSeconds(1));
		Reply late = exchange(stale);

		assertThat(inTime.status()).isEqualTo(200);
		assertThat(late.status()).isEqualTo(400);
		assertThat(late.error().path("code").asInt()).isEqualTo(100);
		assertThat(late.error().path("error_subcode").asInt()).isEqualTo(36007);
		assertThat(late.error().path("message").asString()).isEqualTo("This authorization code has expired.");
	}

	@Test
	void theSecretAndTheAppAreChecked() {
		String code = meta.issueCode(waba, null);

		Reply wrongSecret = exchange(parameters("client_id", meta.app().id(), "client_secret", "guess", "code", code));
		Reply otherApp = exchange(parameters("client_id", "999", "client_secret", meta.app().secret(), "code", code));
		Reply unknownCode = exchange("AQnot-a-code");

		assertThat(wrongSecret.status()).isEqualTo(400);
		assertThat(wrongSecret.error().path("message").asString()).isEqualTo("Error validating client secret.");
		assertThat(wrongSecret.error().path("code").asInt()).isEqualTo(1);
		assertThat(otherApp.error().path("code").asInt()).isEqualTo(101);
		assertThat(unknownCode.error().path("code").asInt()).isEqualTo(100);
		assertThat(unknownCode.error().has("error_subcode")).isFalse();
		assertThat(exchange(code).status()).as("failed attempts leave the code usable").isEqualTo(200);
	}

	@Test
	void anSdkCodeRefusesARedirectUriAndARedirectCodeNeedsTheSameOne() {
		String sdkCode = meta.issueCode(waba, null);
		String redirectCode = meta.issueCode(waba, "https://portal.example/whatsapp/signup/callback");
		String secret = meta.app().secret();
		String appId = meta.app().id();

		Reply sdkWithUri = exchange(parameters("client_id", appId, "client_secret", secret, "code", sdkCode,
				"redirect_uri", "https://portal.example/whatsapp/signup/callback"));
		Reply redirectWithout = exchange(redirectCode);
		Reply redirectWithOther = exchange(parameters("client_id", appId, "client_secret", secret, "code",
				redirectCode, "redirect_uri", "https://portal.example/other"));
		Reply redirectWithSame = exchange(parameters("client_id", appId, "client_secret", secret, "code",
				redirectCode, "redirect_uri", "https://portal.example/whatsapp/signup/callback"));

		for (Reply mismatch : new Reply[] { sdkWithUri, redirectWithout, redirectWithOther }) {
			assertThat(mismatch.status()).isEqualTo(400);
			assertThat(mismatch.error().path("error_subcode").asInt()).isEqualTo(36008);
			assertThat(mismatch.error().path("message").asString()).contains("redirect_uri is identical");
		}
		assertThat(redirectWithSame.status()).isEqualTo(200);
		assertThat(exchange(sdkCode).status()).isEqualTo(200);
	}

	@Test
	void debugTokenShowsTheWabaInTheGranularScopes() {
		String token = businessToken();
		String appToken = meta.app().id() + "|" + meta.app().secret();

		JsonNode data = get(meta.graphUrl() + "/" + VERSION + "/debug_token?" + query(parameters("input_token", token,
				"access_token", appToken))).json().path("data");

		assertThat(data.path("is_valid").asBoolean()).isTrue();
		assertThat(data.path("app_id").asString()).isEqualTo(meta.app().id());
		assertThat(data.path("type").asString()).isEqualTo("SYSTEM_USER");
		assertThat(data.path("expires_at").asLong()).isEqualTo(clock.instant().plus(Duration.ofDays(60)).getEpochSecond());
		assertThat(data.path("granular_scopes").findValuesAsString("scope"))
			.containsExactly("whatsapp_business_management", "whatsapp_business_messaging");
		data.path("granular_scopes")
			.forEach(scope -> assertThat(scope.path("target_ids").toString()).isEqualTo("[\"" + waba.id() + "\"]"));
	}

	@Test
	void debugTokenSaysWhenATokenIsUnknownAndRefusesAWrongAppToken() {
		Reply unknown = get(meta.graphUrl() + "/" + VERSION + "/debug_token?" + query(parameters("input_token",
				"EAAunknown", "access_token", meta.app().id() + "|" + meta.app().secret())));
		Reply wrongAppToken = get(meta.graphUrl() + "/" + VERSION + "/debug_token?" + query(parameters("input_token",
				businessToken(), "access_token", meta.app().id() + "|guess")));

		assertThat(unknown.status()).isEqualTo(200);
		assertThat(unknown.json().path("data").path("is_valid").asBoolean()).isFalse();
		assertThat(unknown.json().path("data").path("error").path("code").asInt()).isEqualTo(190);
		assertThat(wrongAppToken.status()).isEqualTo(400);
		assertThat(wrongAppToken.error().path("code").asInt()).isEqualTo(190);
	}

	@Test
	void phoneNumbersListsTheWabasNumbersForItsToken() {
		String token = businessToken();

		Reply numbers = send(HttpRequest
			.newBuilder(URI.create(meta.graphUrl() + "/" + VERSION + "/" + waba.id() + "/phone_numbers?appsecret_proof=" + proof(token)))
			.header("Authorization", "Bearer " + token));
		Reply withParameter = get(meta.graphUrl() + "/" + VERSION + "/" + waba.id() + "/phone_numbers?access_token="
				+ token + "&appsecret_proof=" + proof(token));

		assertThat(numbers.status()).isEqualTo(200);
		assertThat(numbers.json().path("data").findValuesAsString("id"))
			.containsExactlyElementsOf(waba.phoneNumbers().stream().map(MetaWaba.PhoneNumber::id).toList());
		JsonNode first = numbers.json().path("data").get(0);
		assertThat(first.path("display_phone_number").asString()).isEqualTo(waba.phoneNumbers().get(0).displayPhoneNumber());
		assertThat(first.path("verified_name").asString()).isEqualTo("Shop");
		assertThat(withParameter.json()).isEqualTo(numbers.json());
	}

	@Test
	void phoneNumbersOfAnotherWabaDoNotExistForTheToken() {
		String token = businessToken();
		MetaWaba other = meta.addWaba("Someone else", 1);

		Reply foreign = get(meta.graphUrl() + "/" + VERSION + "/" + other.id() + "/phone_numbers?access_token=" + token
				+ "&appsecret_proof=" + proof(token));
		Reply noToken = get(meta.graphUrl() + "/" + VERSION + "/" + waba.id() + "/phone_numbers");
		Reply badToken = get(meta.graphUrl() + "/" + VERSION + "/" + waba.id() + "/phone_numbers?access_token=EAAx");

		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.error().path("code").asInt()).isEqualTo(100);
		assertThat(foreign.error().path("error_subcode").asInt()).isEqualTo(33);
		assertThat(noToken.error().path("code").asInt()).isEqualTo(104);
		assertThat(badToken.error().path("code").asInt()).isEqualTo(190);
	}

	@Test
	void withRequireAppSecretOnACallWithoutItsProofOrWithAWrongOneIsRefused() {
		String token = businessToken();
		String numbers = meta.graphUrl() + "/" + VERSION + "/" + waba.id() + "/phone_numbers?access_token=" + token;

		Reply missing = get(numbers);
		Reply wrong = get(numbers + "&appsecret_proof=" + GraphApi.appSecretProof(token, "another secret"));

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.error().path("type").asString()).isEqualTo("GraphMethodException");
		assertThat(missing.error().path("message").asString()).contains("appsecret_proof");
		assertThat(wrong.error().path("message").asString()).isEqualTo("Invalid appsecret_proof provided in the API argument");
		assertThat(get(numbers + "&appsecret_proof=" + proof(token)).status()).isEqualTo(200);
	}

	@Test
	void tokensExpireAfterSixtyDays() {
		String token = businessToken();

		clock.advance(Duration.ofDays(60));

		assertThat(get(meta.graphUrl() + "/" + VERSION + "/" + waba.id() + "/phone_numbers?access_token=" + token)
			.error().path("code").asInt()).isEqualTo(190);
	}

	@Test
	void anUnknownVersionOrPathIsUnknownPathComponents() {
		Reply badVersion = get(meta.graphUrl() + "/latest/oauth/access_token");
		Reply unknownPath = get(meta.graphUrl() + "/" + VERSION + "/me/whatever/else");

		assertThat(badVersion.status()).isEqualTo(400);
		assertThat(badVersion.error().path("code").asInt()).isEqualTo(2500);
		assertThat(unknownPath.error().path("code").asInt()).isEqualTo(2500);
	}

	@Test
	void theRequestLogMasksTheSecretAndTokens() {
		String token = businessToken();
		get(meta.graphUrl() + "/" + VERSION + "/" + waba.id() + "/phone_numbers?access_token=" + token + "&appsecret_proof="
				+ proof(token));

		assertThat(meta.requests()).hasSize(2);
		assertThat(meta.requests().get(0).query()).contains("client_secret=****").doesNotContain(meta.app().secret());
		assertThat(meta.requests().get(1).query()).startsWith("access_token=****&appsecret_proof=").doesNotContain(token);
	}

}
