package com.provisioningportal.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the fields Sinch's published reference (v1.2.117) marks required, so the portal is tested
 * against answers as full as Sinch's: the {@code required} lists of {@link PublishedSchemas}.
 */
class PublishedResponsesTests extends SandboxTestSupport {

	@Test
	void webhooksAndTheirListCarryThePublishedFields() {
		SandboxProject project = sandbox.addProject("Shop");
		JsonNode created = client.post(project, "/webhooks", """
				{"target": "https://hooks.example.com/a", "secret": "s", "triggers": ["ALL"]}""").json();

		assertThat(PublishedSchemas.WEBHOOK.missingFrom(created)).isEmpty();
		JsonNode list = client.get(project, "/webhooks").json();
		assertThat(PublishedSchemas.WEBHOOKS.missingFrom(list)).isEmpty();
	}

	@Test
	void smsAppsOnTheirOwnAndInABundleCarryThePublishedFields() {
		SandboxProject project = sandbox.addProject("Shop");
		JsonNode smsApp = client.post(project, "/sms/smsApps", "{\"name\": \"Alerts\", \"region\": \"EU\"}").json();
		JsonNode bundle = client.post(project, "/bundles", """
				{"name": "Chat", "region": "EU", "subproject": true, "smsApp": true}""").json();
		sandbox.advance(Duration.ofMinutes(1));

		assertThat(PublishedSchemas.SMS_APP.missingFrom(smsApp)).isEmpty();
		assertThat(PublishedSchemas.SMS_APPS.missingFrom(client.get(project, "/sms/smsApps").json()))
			.isEmpty();
		JsonNode done = client.get(project, "/bundles/" + bundle.path("id").asString()).json();
		assertThat(done.path("smsApp").isObject()).isTrue();
		assertThat(done.path("subproject").isObject()).isTrue();
		assertThat(PublishedSchemas.BUNDLE.missingFrom(done)).isEmpty();
	}

	@Test
	void templatesAndTheListsOfSendersAndTemplatesCarryThePublishedFields() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");
		String wabaId = sandbox.resources(project.id()).path("account").path("wabaId").asString();
		client.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "123456789", "region": "EU", "metaLocalStorage": "DE"}""".formatted(wabaId));
		JsonNode template = client.post(project, "/whatsapp/templates", """
				{"name": "order_ready", "language": "EN", "category": "UTILITY", "details": {"components": [
				 {"type": "BODY", "text": "Hello {{1}}", "examples": ["Ann"]}]}}""").json();
		sandbox.advance(Duration.ofMinutes(2));

		assertThat(template.path("changes").isObject()).isTrue();
		assertThat(PublishedSchemas.TEMPLATE.missingFrom(template)).isEmpty();
		assertThat(PublishedSchemas.TEMPLATES.missingFrom(client.get(project, "/whatsapp/templates").json()))
			.isEmpty();
		assertThat(PublishedSchemas.SENDERS.missingFrom(client.get(project, "/whatsapp/senders").json()))
			.isEmpty();
	}

}
