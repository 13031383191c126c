package com.provisioningportal.sandbox.meta;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.provisioningportal.sandbox.SandboxOptions;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.SinchSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev-mode WABAs of the Meta sandbox work at the dev-mode Sinch sandbox: what the dialog returns for "Sandbox
 * Travel" makes a sender there, as the portal will do it (code, debug_token, phone_numbers, then Sinch).
 */
class DevSeedWithSinchTests {

	private static MetaSandbox meta;

	private static SinchSandbox sinch;

	private static SandboxProject travel;

	@BeforeAll
	static void startBoth() {
		meta = MetaSandbox.start(MetaSandboxOptions.forTests(MetaSandboxTestSupport.clock).withDevWabas(true));
		sinch = SinchSandbox.start(SandboxOptions.forTests(MetaSandboxTestSupport.clock).withDevProjects(true));
		travel = sinch.projects().stream().filter(project -> project.name().equals("Sandbox Travel")).findFirst().orElseThrow();
	}

	@AfterAll
	static void stopBoth() {
		meta.close();
		sinch.close();
	}

	@Test
	void theTravelWabaFromMetaBecomesAnActiveSenderAtSinch() {
		String token = exchangeForTravel();
		String wabaId = debugTokenWaba(token);
		JsonNode numbers = graph("/" + wabaId + "/phone_numbers?access_token=" + token + "&appsecret_proof="
				+ GraphApi.appSecretProof(token, meta.app().secret())).path("data");
		String phoneNumberId = numbers.get(0).path("id").asString();

		MetaSandboxTestSupport.Reply created = createSender(wabaId, phoneNumberId);
		sinch.advance(Duration.ofMinutes(1));

		assertThat(wabaId).isEqualTo(MetaDevSeed.TRAVEL.id());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String senderId = created.json().path("id").asString();
		assertThat(sinch.resources(travel.id()).path("senders").path(senderId).path("state").asString())
			.isEqualTo("ACTIVE");
	}

	@Test
	void theRetailWabaIsAlreadyUsedAtSinch() {
		MetaSandboxTestSupport.Reply created = createSender(MetaDevSeed.RETAIL.id(),
				MetaDevSeed.RETAIL.phoneNumbers().get(0).id());

		assertThat(created.status()).isEqualTo(409);
		assertThat(created.json().path("errorCode").asString()).isEqualTo("waba_id_used");
	}

	private static String exchangeForTravel() {
		String code = meta.issueCode(MetaDevSeed.TRAVEL, null);
		return graph("/oauth/access_token?client_id=" + meta.app().id() + "&client_secret=" + meta.app().secret()
				+ "&code=" + code).path("access_token").asString();
	}

	private static String debugTokenWaba(String token) {
		JsonNode scopes = graph("/debug_token?input_token=" + token + "&access_token=" + meta.app().id() + "%7C"
				+ meta.app().secret()).path("data").path("granular_scopes");
		return scopes.get(0).path("target_ids").get(0).asString();
	}

	private static JsonNode graph(String pathAndQuery) {
		return MetaSandboxTestSupport.get(meta.graphUrl() + "/" + MetaSandboxTestSupport.VERSION + pathAndQuery).json();
	}

	private static MetaSandboxTestSupport.Reply createSender(String wabaId, String phoneNumberId) {
		String basic = Base64.getEncoder()
			.encodeToString((travel.keyId() + ":" + travel.keySecret()).getBytes(StandardCharsets.UTF_8));
		return MetaSandboxTestSupport.send(HttpRequest
			.newBuilder(URI.create(sinch.baseUrl() + "/v1/projects/" + travel.id() + "/whatsapp/senders"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"wabaId": "%s", "phoneNumberId": "%s", "region": "EU", "metaLocalStorage": "DE"}
					""".formatted(wabaId, phoneNumberId))));
	}

}
