package com.provisioningportal.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PersistenceAndDevSeedTests extends SandboxTestSupport {

	private static SandboxOptions devLike(Path directory) {
		return SandboxOptions.forTests(clock).withStateDirectory(directory).withDevProjects(true);
	}

	@Test
	void seedsTheThreeProjectsOfTheDesignWithTheirKeys() {
		try (SinchSandbox dev = SinchSandbox.start(SandboxOptions.forTests(clock).withDevProjects(true))) {
			assertThat(dev.projects()).containsExactly(DevSeed.RETAIL, DevSeed.TRAVEL, DevSeed.SPARE);
			assertThat(DevSeed.RETAIL.id()).isEqualTo("00000000-0000-4000-8000-000000000001");
			assertThat(DevSeed.RETAIL.keyId()).isEqualTo("sandbox-key-1");
			assertThat(DevSeed.SPARE.keySecret()).isEqualTo("sandbox-secret-3");
		}
	}

	@Test
	void theRetailProjectIsInUseAndTheOthersAreEmpty() {
		try (SinchSandbox dev = SinchSandbox.start(SandboxOptions.forTests(clock).withDevProjects(true))) {
			SandboxClient devClient = new SandboxClient(dev);
			String token = devClient.accessToken(DevSeed.RETAIL);

			Reply senders = devClient.call("GET", "/v1/projects/" + DevSeed.RETAIL.id() + "/whatsapp/senders",
					"Bearer " + token, null);
			JsonNode retail = dev.resources(DevSeed.RETAIL.id());
			JsonNode travel = dev.resources(DevSeed.TRAVEL.id());

			assertThat(senders.status()).isEqualTo(200);
			assertThat(senders.json().path("senders").valueStream().map(sender -> sender.path("state").asString()))
				.contains("ACTIVE", "PENDING_VERIFICATION", "ERROR");
			assertThat(retail.path("account").path("state").asString()).isEqualTo("ONBOARDED");
			assertThat(retail.path("templates").size()).isGreaterThan(1);
			assertThat(retail.path("smsApps").valueStream().map(app -> app.path("name").asString()))
				.containsExactly("Sandbox Retail Alerts");
			assertThat(retail.path("bundles").valueStream().filter(bundle -> !bundle.has("smsApp"))
				.map(bundle -> bundle.path("convApp").path("name").asString())).containsExactly("Sandbox Retail Chat");
			assertThat(retail.path("webhooks").valueStream().map(webhook -> webhook.path("target").asString()))
				.contains("http://localhost:8080/callbacks/sinch/" + DevSeed.RETAIL.id());
			assertThat(travel.path("webhooks").valueStream().map(webhook -> webhook.path("target").asString()))
				.containsExactly("http://localhost:8080/callbacks/sinch/" + DevSeed.TRAVEL.id());
			assertThat(travel.path("senders").isEmpty()).isTrue();
			Reply rcs = devClient.call("GET", "/v1/projects/" + DevSeed.RETAIL.id() + "/rcs/senders", "Bearer " + token, null);
			assertThat(rcs.json().path("senders").valueStream().map(sender -> sender.path("state").asString()))
				.containsExactlyInAnyOrder("LAUNCHED", "IN_TEST", "DRAFT", "LAUNCHING", "LAUNCHED");
			assertThat(PublishedSchemas.RCS_SENDERS.missingFrom(rcs.json())).isEmpty();
			assertThat(travel.path("rcsSenders").isEmpty()).isTrue();
			assertThat(dev.resources(DevSeed.SPARE.id()).path("webhooks").isEmpty()).isTrue();
		}
	}

	@Test
	void thePortalsCallbackWebhooksAreSignedWithTheDesignsSecrets() {
		try (SinchSandbox dev = SinchSandbox.start(SandboxOptions.forTests(clock).withDevProjects(true))) {
			SandboxClient devClient = new SandboxClient(dev);
			devClient.post(DevSeed.TRAVEL, "/whatsapp/senders", "{\"wabaId\": \"1\", \"phoneNumberId\": \"2\"}");

			dev.tick();

			CallbackDelivery delivery = dev.deliveries().get(0);
			CallbackDelivery.Attempt attempt = delivery.attempts().get(0);
			assertThat(delivery.target()).isEqualTo("http://localhost:8080/callbacks/sinch/" + DevSeed.TRAVEL.id());
			assertThat(attempt.signature()).isEqualTo(Callbacks.sign("sandbox-webhook-secret-2", delivery.body(),
					attempt.nonce(), attempt.timestamp()));
		}
	}

	@Test
	void theStateSurvivesARestart(@TempDir Path directory) {
		String senderId;
		try (SinchSandbox first = SinchSandbox.start(devLike(directory))) {
			SandboxClient firstClient = new SandboxClient(first);
			firstClient.post(DevSeed.TRAVEL, "/webhooks", """
					{"target": "https://travel.example/hook", "secret": "s", "triggers": ["ALL"]}
					""");
			senderId = firstClient.post(DevSeed.TRAVEL, "/whatsapp/senders", "{\"wabaId\": \"1\", \"phoneNumberId\": \"2\"}")
				.json()
				.path("id")
				.asString();
		}
		assertThat(Files.exists(directory.resolve("state.json"))).isTrue();

		try (SinchSandbox second = SinchSandbox.start(devLike(directory))) {
			SandboxClient secondClient = new SandboxClient(second);
			second.advance(Duration.ofMinutes(1));

			assertThat(secondClient.get(DevSeed.TRAVEL, "/webhooks").json().path("totalSize").asInt()).isEqualTo(2);
			assertThat(secondClient.get(DevSeed.TRAVEL, "/whatsapp/senders/" + senderId).json().path("state").asString())
				.isEqualTo("ACTIVE");
			assertThat(second.projects()).hasSize(3);
		}
	}

}
