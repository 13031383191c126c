package com.provisioningportal.sandbox;

import java.time.Duration;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class BundlesAndSmsAppsTests extends SandboxTestSupport {

	@Test
	void aBundleIsInProgressThenDoneAndCallsBundleDone() throws Exception {
		SandboxProject project = sandbox.addProject("Shop");
		try (CallbackReceiver receiver = new CallbackReceiver()) {
			Reply created = client.post(project, "/bundles", """
					{"name": "My bundle", "region": "EU", "smsApp": true, "convApp": true,
					 "webhooks": [{"target": "%s", "secret": "s3cret", "triggers": ["BUNDLE_DONE"]}]}
					""".formatted(receiver.url()));
			String id = created.json().path("id").asString();

			assertThat(created.status()).isEqualTo(201);
			assertThat(id).matches("[0-9a-f]{24}");
			assertThat(created.json().path("state").asString()).isEqualTo("IN_PROGRESS");
			assertThat(created.json().path("smsApp").path("status").asString()).isEqualTo("PENDING_ADD");
			assertThat(created.json().path("convApp").path("smsChannelStatus").asString()).isEqualTo("PENDING");
			assertThat(created.json().path("webhooks").get(0).has("secret")).isFalse();

			sandbox.advance(Duration.ofSeconds(30));

			JsonNode done = client.get(project, "/bundles/" + id).json();
			assertThat(done.path("state").asString()).isEqualTo("DONE");
			assertThat(done.path("smsApp").path("status").asString()).isEqualTo("ACTIVE");
			assertThat(done.path("convApp").path("smsChannelStatus").asString()).isEqualTo("ACTIVE");
			assertThat(done.path("webhookDeliveryStatuses").get(0).path("httpStatusCode").asInt()).isEqualTo(200);
			JsonNode callback = Json.read(receiver.received().get(0).body());
			assertThat(callback.path("type").asString()).isEqualTo("BUNDLE_DONE");
			assertThat(callback.path("payload").path("id").asString()).isEqualTo(id);
			assertThat(client.get(project, "/sms/smsApps").json().path("totalSize").asInt()).isEqualTo(1);
			assertThat(client.get(project, "/webhooks").json().path("totalSize").asInt()).isEqualTo(1);
		}
	}

	@Test
	void aBundleWithSubprojectCreatesItReady() {
		SandboxProject project = sandbox.addProject("Shop");

		String id = client.post(project, "/bundles", """
				{"name": "Minimal bundle example", "region": "US", "subproject": true, "smsApp": true, "convApp": true}
				""").json().path("id").asString();
		sandbox.advance(Duration.ofMinutes(1));

		JsonNode done = client.get(project, "/bundles/" + id).json();
		assertThat(done.path("subproject").path("status").asString()).isEqualTo("READY");
		assertThat(done.path("subproject").path("parentProjectId").asString()).isEqualTo(project.id());
		assertThat(done.path("projectId").asString()).isEqualTo(done.path("subproject").path("id").asString());
	}

	@Test
	void bundlesNamedToFailEndFailed() {
		SandboxProject project = sandbox.addProject("Shop");

		String id = client.post(project, "/bundles", "{\"name\": \"Please fail\", \"region\": \"EU\", \"smsApp\": true}")
			.json()
			.path("id")
			.asString();
		sandbox.advance(Duration.ofMinutes(1));

		assertThat(client.get(project, "/bundles/" + id).json().path("state").asString()).isEqualTo("FAILED");
	}

	@Test
	void aBundlesSmsAppIsListedFromTheStartAndFollowsTheBundle() {
		SandboxProject project = sandbox.addProject("Shop");

		JsonNode created = client.post(project, "/bundles", "{\"name\": \"Alerts\", \"region\": \"EU\", \"smsApp\": true, \"convApp\": true}")
			.json();
		String smsAppId = created.path("smsApp").path("id").asString();
		JsonNode pending = client.get(project, "/sms/smsApps/" + smsAppId).json();
		sandbox.advance(Duration.ofMinutes(1));
		JsonNode active = client.get(project, "/sms/smsApps/" + smsAppId).json();

		assertThat(pending.path("status").asString()).isEqualTo("PENDING_ADD");
		assertThat(pending.path("conversationApiAppDetails").path("id").asString())
			.isEqualTo(created.path("convApp").path("id").asString());
		assertThat(pending.path("conversationApiAppDetails").path("channelStatus").asString()).isEqualTo("PENDING");
		assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(active.path("conversationApiAppDetails").path("channelStatus").asString()).isEqualTo("ACTIVE");
		assertThat(client.get(project, "/bundles?filterSmsAppIds=" + smsAppId).json().path("bundles").get(0).path("id").asString())
			.isEqualTo(created.path("id").asString());
	}

	@Test
	void aFailedBundleLeavesItsSmsAppFailedAndItsSmsChannelFailing() {
		SandboxProject project = sandbox.addProject("Shop");

		JsonNode created = client.post(project, "/bundles", "{\"name\": \"Will fail\", \"region\": \"EU\", \"smsApp\": true, \"convApp\": true}")
			.json();
		sandbox.advance(Duration.ofMinutes(1));

		JsonNode failed = client.get(project, "/bundles/" + created.path("id").asString()).json();
		assertThat(failed.path("smsApp").path("status").asString()).isEqualTo("FAILED_ADD");
		assertThat(failed.path("convApp").path("smsChannelStatus").asString()).isEqualTo("FAILING");
		assertThat(client.get(project, "/sms/smsApps/" + created.path("smsApp").path("id").asString()).json().path("status").asString())
			.isEqualTo("FAILED_ADD");
	}

	@Test
	void aConversationAppLinkedToAnSmsAppCannotBeLinkedToAnother() {
		SandboxProject project = sandbox.addProject("Shop");
		String body = "{\"name\": \"A\", \"region\": \"EU\", \"convApiAppId\": \"01KXD2MJSAN61CNE0CJ6VT6PXP\"}";

		assertThat(client.post(project, "/sms/smsApps", body).status()).isEqualTo(201);
		Reply second = client.post(project, "/sms/smsApps", body);

		assertThat(second.status()).isEqualTo(400);
		assertThat(second.errorCode()).isEqualTo("conversation_app_already_connected_to_sms_app");
	}

	@Test
	void validatesBundles() {
		SandboxProject project = sandbox.addProject("Shop");

		assertThat(client.post(project, "/bundles", "{\"name\": \"x\"}").errorCode()).isEqualTo("invalid_input");
		assertThat(client.post(project, "/bundles", "{\"name\": \"x\", \"region\": \"EU\"}").errorCode())
			.isEqualTo("no_services_to_create");
		assertThat(client.post(project, "/bundles", "{\"region\": \"EU\", \"smsApp\": true}").errorCode())
			.isEqualTo("missing_name");
		assertThat(client.post(project, "/bundles", "{\"name\": \"x\", \"region\": \"EU\", \"subproject\": 3}")
			.json()
			.path("additionalInformation")
			.toString()).contains("subproject must be boolean or object");
		assertThat(client.get(project, "/bundles/123").errorCode()).isEqualTo("invalid_id_format");
		assertThat(client.get(project, "/bundles/" + Ids.hex(24)).errorCode()).isEqualTo("bundle_not_found");
	}

	@Test
	void listsBundlesTenAtFirstWithStateFilters() {
		SandboxProject project = sandbox.addProject("Shop");
		for (int i = 0; i < 12; i++) {
			client.post(project, "/bundles", "{\"name\": \"b" + i + "\", \"region\": \"EU\", \"convApp\": true}");
		}

		JsonNode first = client.get(project, "/bundles").json();

		assertThat(first.path("bundles")).hasSize(10);
		assertThat(first.path("totalSize").asInt()).isEqualTo(12);
		assertThat(client.get(project, "/bundles?filterStates=DONE").json().path("totalSize").asInt()).isZero();
		assertThat(client.get(project, "/bundles?pageSize=26").errorCode()).isEqualTo("invalid_page_size");
	}

	@Test
	void smsAppsAreCreatedPendingThenActiveAndCanBeRenamedAndDeleted() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply created = client.post(project, "/sms/smsApps", "{\"name\": \"Alerts\", \"region\": \"EU\", \"convApiApp\": true}");
		String id = created.json().path("id").asString();
		sandbox.advance(Duration.ofMinutes(1));
		JsonNode active = client.get(project, "/sms/smsApps/" + id).json();
		Reply renamed = client.patch(project, "/sms/smsApps/" + id, "{\"name\": \"Alerts EU\"}");
		Reply deleted = client.delete(project, "/sms/smsApps/" + id);

		assertThat(created.status()).isEqualTo(201);
		assertThat(id).matches("[0-9a-f]{32}");
		assertThat(created.json().path("status").asString()).isEqualTo("PENDING_ADD");
		assertThat(created.json().path("regions").toString()).isEqualTo("[\"EU\"]");
		assertThat(created.json().path("conversationApiAppDetails").path("channelStatus").asString()).isEqualTo("PENDING");
		assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(active.path("conversationApiAppDetails").path("channelStatus").asString()).isEqualTo("ACTIVE");
		assertThat(renamed.json().path("name").asString()).isEqualTo("Alerts EU");
		assertThat(deleted.status()).isEqualTo(204);
		assertThat(client.get(project, "/sms/smsApps/" + id).errorCode()).isEqualTo("sms_app_not_found");
	}

	@Test
	void smsAppsLinkAnExistingConversationAppAndValidate() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply linked = client.post(project, "/sms/smsApps",
				"{\"name\": \"A\", \"region\": \"US\", \"convApiAppId\": \"01KXD2MJSAN61CNE0CJ6VT6PXP\"}");
		Reply both = client.post(project, "/sms/smsApps",
				"{\"name\": \"A\", \"region\": \"US\", \"convApiApp\": true, \"convApiAppId\": \"01KX\"}");

		assertThat(linked.json().path("conversationApiAppDetails").path("id").asString())
			.isEqualTo("01KXD2MJSAN61CNE0CJ6VT6PXP");
		assertThat(both.errorCode()).isEqualTo("invalid_input");
		assertThat(client.post(project, "/sms/smsApps", "{\"region\": \"XX\"}").errorCode()).isEqualTo("invalid_input");
		assertThat(client.patch(project, "/sms/smsApps/" + linked.json().path("id").asString(), "{}").errorCode())
			.isEqualTo("no_fields_to_update");
		assertThat(client.get(project, "/sms/smsApps/nope").errorCode()).isEqualTo("invalid_id_format");
	}

}
