package com.provisioningportal.sandbox;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class WebhooksApiTests extends SandboxTestSupport {

	private static String webhook(String target, String triggers) {
		return """
				{"target": "%s", "secret": "top-secret", "triggers": %s}
				""".formatted(target, triggers);
	}

	@Test
	void createsAWebhookWith201AndNeverReturnsItsSecret() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply created = client.post(project, "/webhooks", webhook("https://shop.example/hook", "[\"ALL\"]"));
		String id = created.json().path("id").asString();

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().propertyNames()).containsExactlyInAnyOrder("id", "projectId", "target", "triggers");
		assertThat(id).matches("[0-9a-f]{32}");
		assertThat(created.json().path("projectId").asString()).isEqualTo(project.id());
		assertThat(client.get(project, "/webhooks/" + id).body()).doesNotContain("top-secret");
		assertThat(client.get(project, "/webhooks").body()).doesNotContain("top-secret");
	}

	@Test
	void validatesTargetSecretAndTriggers() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.post(project, "/webhooks", """
				{"target": "not a url", "secret": "", "triggers": ["MESSAGE_DELIVERY", "ALL", "ALL"]}
				""");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("invalid_input");
		assertThat(reply.json().path("additionalInformation").path("validationErrors").toString())
			.contains("target must be a URL address")
			.contains("secret must be longer than or equal to 1 characters")
			.contains("each value in triggers must be one of the following values")
			.contains("All triggers's elements must be unique");
	}

	@Test
	void aTargetWithoutATopLevelDomainIsRefusedAsSinchsUrlCheckRefusesItButAnIpAddressIsNot() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply local = client.post(project, "/webhooks", webhook("http://localhost:8080/callbacks", "[\"ALL\"]"));
		Reply intranet = client.post(project, "/webhooks", webhook("https://intranet/callbacks", "[\"ALL\"]"));
		Reply address = client.post(project, "/webhooks", webhook("http://127.0.0.1:8080/callbacks", "[\"ALL\"]"));

		assertThat(local.json().path("additionalInformation").path("validationErrors").toString())
			.contains("target must be a URL address");
		assertThat(intranet.status()).isEqualTo(400);
		assertThat(address.status()).isEqualTo(201);
		try (SinchSandbox devLike = SinchSandbox.start(SandboxOptions.forTests(clock).withLocalTargets(true))) {
			SandboxProject devProject = devLike.addProject("Dev");
			assertThat(new SandboxClient(devLike).post(devProject, "/webhooks",
					webhook("http://localhost:8080/callbacks", "[\"ALL\"]")).status()).isEqualTo(201);
		}
	}

	@Test
	void answersABodyThatIsNotJsonWithInvalidPayload() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.post(project, "/webhooks", "{not json");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("invalid_payload");
	}

	@Test
	void acceptsEveryProvisioningTriggerOfTheReference() {
		SandboxProject project = sandbox.addProject("Shop");
		String triggers = Json.write(Json.array(WebhooksApi.TRIGGERS.subList(1, WebhooksApi.TRIGGERS.size())));

		assertThat(client.post(project, "/webhooks", webhook("https://shop.example/all", triggers)).status())
			.isEqualTo(201);
	}

	@Test
	void aTargetIsUniquePerProject() {
		SandboxProject project = sandbox.addProject("Shop");
		client.post(project, "/webhooks", webhook("https://shop.example/hook", "[\"ALL\"]"));

		Reply duplicate = client.post(project, "/webhooks", webhook("https://shop.example/hook", "[\"BUNDLE_DONE\"]"));

		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.errorCode()).isEqualTo("webhook_exists");
		assertThat(client.post(sandbox.addProject("Other"), "/webhooks", webhook("https://shop.example/hook", "[\"ALL\"]"))
			.status()).isEqualTo(201);
	}

	@Test
	void allowsFifteenWebhooksPerProjectThen424() {
		SandboxProject project = sandbox.addProject("Shop");
		for (int i = 0; i < 15; i++) {
			assertThat(client.post(project, "/webhooks", webhook("https://shop.example/" + i, "[\"ALL\"]")).status())
				.isEqualTo(201);
		}

		Reply sixteenth = client.post(project, "/webhooks", webhook("https://shop.example/16", "[\"ALL\"]"));

		assertThat(sixteenth.status()).isEqualTo(424);
		assertThat(sixteenth.errorCode()).isEqualTo("webhook_limit_reached");
	}

	@Test
	void listsAlphabeticallyByTargetWithPaging() {
		SandboxProject project = sandbox.addProject("Shop");
		for (String name : new String[] { "c", "a", "b" }) {
			client.post(project, "/webhooks", webhook("https://shop.example/" + name, "[\"ALL\"]"));
		}

		JsonNode all = client.get(project, "/webhooks").json();
		JsonNode first = client.get(project, "/webhooks?pageSize=2").json();
		JsonNode second = client.get(project, "/webhooks?pageSize=2&pageToken=" + first.path("nextPageToken").asString())
			.json();

		assertThat(all.path("totalSize").asInt()).isEqualTo(3);
		assertThat(all.path("webhooks").valueStream().map(webhook -> webhook.path("target").asString()))
			.containsExactly("https://shop.example/a", "https://shop.example/b", "https://shop.example/c");
		assertThat(first.path("webhooks")).hasSize(2);
		assertThat(first.has("previousPageToken")).isFalse();
		assertThat(second.path("webhooks")).hasSize(1);
		assertThat(second.path("pageSize").asInt()).as("the requested size, as published").isEqualTo(2);
		assertThat(second.has("nextPageToken")).isFalse();
		assertThat(second.has("previousPageToken")).isTrue();
	}

	@Test
	void rejectsBadPagingParameters() {
		SandboxProject project = sandbox.addProject("Shop");

		assertThat(client.get(project, "/webhooks?pageSize=abc").errorCode()).isEqualTo("invalid_page_size");
		assertThat(client.get(project, "/webhooks?pageSize=16").errorCode()).isEqualTo("invalid_page_size");
		assertThat(client.get(project, "/webhooks?pageToken=garbage").errorCode()).isEqualTo("invalid_page_token");
	}

	@Test
	void replacesPatchesAndDeletes() {
		SandboxProject project = sandbox.addProject("Shop");
		String id = client.post(project, "/webhooks", webhook("https://shop.example/hook", "[\"ALL\"]"))
			.json()
			.path("id")
			.asString();

		Reply replaced = client.call("PUT", project, "/webhooks/" + id,
				webhook("https://shop.example/new", "[\"BUNDLE_DONE\"]"));
		Reply patched = client.patch(project, "/webhooks/" + id, "{\"triggers\": [\"WHATSAPP_SENDER_ACTIVE\"]}");
		Reply empty = client.patch(project, "/webhooks/" + id, "{}");
		Reply deleted = client.delete(project, "/webhooks/" + id);

		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.json().path("target").asString()).isEqualTo("https://shop.example/new");
		assertThat(patched.json().path("triggers").toString()).isEqualTo("[\"WHATSAPP_SENDER_ACTIVE\"]");
		assertThat(patched.json().path("target").asString()).isEqualTo("https://shop.example/new");
		assertThat(empty.errorCode()).isEqualTo("no_fields_to_update");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(client.get(project, "/webhooks/" + id).errorCode()).isEqualTo("webhook_not_found");
	}

	@Test
	void answersAMalformedWebhookIdWithInvalidIdFormat() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.get(project, "/webhooks/nope");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("invalid_id_format");
	}

	@Test
	void aPatchWithOnlyNullsHasNothingToUpdate() {
		SandboxProject project = sandbox.addProject("Shop");
		String id = client.post(project, "/webhooks", webhook("https://shop.example/hook", "[\"ALL\"]"))
			.json()
			.path("id")
			.asString();

		assertThat(client.patch(project, "/webhooks/" + id, "{\"target\": null}").errorCode())
			.isEqualTo("no_fields_to_update");
	}

	@Test
	void anUnknownPathAnswers404WithAPapiBody() {
		Reply reply = client.call("GET", "/v2/nothing", null, null);

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.json().has("errorCode")).isTrue();
	}

}
