package com.provisioningportal.sandbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the fields Sinch's published reference (v1.2.117) marks required, so the portal is tested
 * against answers as full as Sinch's: the {@code required} lists of the response schemas, written here as facts.
 */
class PublishedResponsesTests extends SandboxTestSupport {

	/** {@code WebhookWebhookDto}. */
	private static final List<String> WEBHOOK = List.of("id", "projectId", "target", "triggers");

	/** {@code WhatsappTemplateListDto}, {@code SmsSmsAppListDto} and the other lists. */
	private static final List<String> LIST = List.of("totalSize", "pageSize");

	/** {@code SmsSmsAppDto}. */
	private static final List<String> SMS_APP = List.of("id", "smsServiceId", "name", "status", "regions", "test");

	/** {@code BundlesBundlesSmsAppDto}: a bundle's SMS app also says whether its number is verified. */
	private static final List<String> BUNDLE_SMS_APP = List.of("id", "smsServiceId", "name", "status", "regions", "test",
			"numberVerified");

	/** {@code BundlesSubprojectDto}. */
	private static final List<String> SUBPROJECT = List.of("id", "name", "parentProjectId", "status");

	/** {@code WhatsappTemplateChangesDto}. */
	private static final List<String> TEMPLATE_CHANGES = List.of("status");

	@Test
	void webhooksAndTheirListCarryThePublishedFields() {
		SandboxProject project = sandbox.addProject("Shop");
		JsonNode created = client.post(project, "/webhooks", """
				{"target": "https://hooks.example.com/a", "secret": "s", "triggers": ["ALL"]}""").json();

		assertThat(fieldsOf(created)).containsAll(WEBHOOK);
		JsonNode list = client.get(project, "/webhooks").json();
		assertThat(fieldsOf(list)).containsAll(LIST).contains("webhooks");
	}

	@Test
	void smsAppsOnTheirOwnAndInABundleCarryThePublishedFields() {
		SandboxProject project = sandbox.addProject("Shop");
		JsonNode smsApp = client.post(project, "/sms/smsApps", "{\"name\": \"Alerts\", \"region\": \"EU\"}").json();
		JsonNode bundle = client.post(project, "/bundles", """
				{"name": "Chat", "region": "EU", "subproject": true, "smsApp": true}""").json();
		sandbox.advance(Duration.ofMinutes(1));

		assertThat(fieldsOf(smsApp)).containsAll(SMS_APP);
		assertThat(fieldsOf(client.get(project, "/sms/smsApps").json())).containsAll(LIST).contains("smsApps");
		JsonNode done = client.get(project, "/bundles/" + bundle.path("id").asString()).json();
		assertThat(fieldsOf(done.path("smsApp"))).containsAll(BUNDLE_SMS_APP);
		assertThat(fieldsOf(done.path("subproject"))).containsAll(SUBPROJECT);
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

		assertThat(fieldsOf(template.path("changes"))).containsAll(TEMPLATE_CHANGES);
		assertThat(fieldsOf(client.get(project, "/whatsapp/templates").json())).containsAll(LIST).contains("templates");
		assertThat(fieldsOf(client.get(project, "/whatsapp/senders").json())).containsAll(LIST).contains("senders");
	}

	private static List<String> fieldsOf(JsonNode node) {
		assertThat(node.isObject()).as("an object: %s", node).isTrue();
		return List.copyOf(node.propertyNames());
	}

}
