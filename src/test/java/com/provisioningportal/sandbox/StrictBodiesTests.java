package com.provisioningportal.sandbox;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A misspelled field is refused by name in every body the portal sends, not silently ignored. */
class StrictBodiesTests extends SandboxTestSupport {

	private static String firstError(Reply reply) {
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("invalid_input");
		return reply.json().path("additionalInformation").path("validationErrors").get(0).asString();
	}

	@Test
	void aWebhookWithAMisspelledFieldIsRefused() {
		SandboxProject project = sandbox.addProject("Shop");

		assertThat(firstError(client.post(project, "/webhooks", """
				{"target": "https://hooks.example.com/a", "secret": "s", "triggers": ["ALL"], "trigers": ["ALL"]}""")))
			.isEqualTo("property trigers should not exist");
	}

	@Test
	void anSmsAppWithAMisspelledFieldIsRefused() {
		SandboxProject project = sandbox.addProject("Shop");

		assertThat(firstError(client.post(project, "/sms/smsApps", """
				{"name": "Alerts", "region": "EU", "convApiAppID": "01ABC"}""")))
			.isEqualTo("property convApiAppID should not exist");
	}

	@Test
	void aBundleWithAMisspelledBlockOrBlockFieldIsRefused() {
		SandboxProject project = sandbox.addProject("Shop");

		assertThat(firstError(client.post(project, "/bundles", """
				{"name": "Chat", "region": "EU", "smsapp": true}"""))).isEqualTo("property smsapp should not exist");
		assertThat(firstError(client.post(project, "/bundles", """
				{"name": "Chat", "region": "EU", "smsApp": {"nmae": "Alerts"}}""")))
			.isEqualTo("smsApp.property nmae should not exist");
	}

	@Test
	void aSenderProfileChangeWithAFieldSinchDoesNotHaveIsRefused() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");
		String wabaId = sandbox.resources(project.id()).path("account").path("wabaId").asString();
		String senderId = client.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "123456789", "region": "EU", "metaLocalStorage": "DE"}""".formatted(wabaId))
			.json()
			.path("id")
			.asString();

		assertThat(firstError(client.patch(project, "/whatsapp/senders/" + senderId, """
				{"status": "SUBMIT", "details": {"website": "https://shop.example"}}""")))
			.isEqualTo("details.property website should not exist");
		assertThat(firstError(client.patch(project, "/whatsapp/senders/" + senderId, """
				{"details": {"displayName": null, "email": null}}"""))).isEqualTo("details.displayName should not be null");
		assertThat(firstError(client.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberID": "1"}""".formatted(wabaId)))).isEqualTo("property phoneNumberID should not exist");
	}

}
