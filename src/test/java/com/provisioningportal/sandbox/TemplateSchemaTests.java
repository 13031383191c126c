package com.provisioningportal.sandbox;

import java.util.List;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Template bodies are held to the published request schemas, and a drifted field is refused by name. */
class TemplateSchemaTests extends SandboxTestSupport {

	private static final String BODY = """
			{"type": "BODY", "text": "Hello {{1}}", "examples": ["Ann"]}""";

	private SandboxProject project;

	@BeforeEach
	void onboardedProject() {
		project = sandbox.addOnboardedProject("Shop");
	}

	private Reply create(String components) {
		return client.post(project, "/whatsapp/templates", """
				{"name": "order_ready", "language": "EN", "category": "UTILITY", "details": {"components": [%s]}}
				""".formatted(components));
	}

	private static List<String> validationErrors(Reply reply) {
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("invalid_input");
		return reply.json().path("additionalInformation").path("validationErrors").valueStream()
			.map(node -> node.asString())
			.toList();
	}

	@Test
	void aTemplateWithEveryKindOfExampleIsAcceptedAsPublished() {
		Reply text = create("""
				{"type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "example": "A-17"}, %s,
				{"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://shop.example/t/{{1}}",
				  "example": "https://shop.example/t/A-17"}]}""".formatted(BODY));
		assertThat(text.status()).isEqualTo(201);
		assertThat(text.json().path("changes").path("details").path("components").get(0).path("example").asString())
			.isEqualTo("A-17");

		Reply media = client.post(project, "/whatsapp/templates", """
				{"name": "order_photo", "language": "EN", "category": "UTILITY", "details": {"components": [
				 {"type": "HEADER", "format": "IMAGE", "example": {"url": "https://shop.example/box.jpg"}}, %s]}}
				""".formatted(BODY));
		assertThat(media.status()).isEqualTo(201);
	}

	@Test
	void aMisspelledFieldIsRefusedByName() {
		assertThat(validationErrors(create("""
				{"type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "examples": ["A-17"]}, %s""".formatted(BODY))))
			.contains("details.components.0.property examples should not exist",
					"details.components.0.example should not be null or undefined");
		assertThat(validationErrors(client.post(project, "/whatsapp/templates", """
				{"name": "order_ready", "language": "EN", "category": "UTILITY", "categry": "UTILITY",
				 "details": {"components": [%s]}}""".formatted(BODY))))
			.containsExactly("property categry should not exist");
	}

	@Test
	void aWrongTypeIsRefusedByName() {
		assertThat(validationErrors(create("""
				{"type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "example": 17}, %s""".formatted(BODY))))
			.containsExactly("details.components.0.example must be a string");
		assertThat(validationErrors(create("""
				{"type": "HEADER", "format": "IMAGE", "example": "https://shop.example/box.jpg"}, %s""".formatted(BODY))))
			.containsExactly("details.components.0.example must be an object");
	}

	@Test
	void aValueOutsideAnEnumIsRefusedByName() {
		assertThat(validationErrors(create("""
				{"type": "HEADER", "format": "GIF"}, %s""".formatted(BODY))))
			.containsExactly("details.components.0.format must be one of the following values: TEXT, IMAGE, VIDEO, DOCUMENT, LOCATION");
		assertThat(validationErrors(create("""
				%s, {"type": "BUTTONS", "buttons": [{"type": "CALL", "text": "Ring us"}]}""".formatted(BODY))))
			.containsExactly("details.components.1.buttons.0.type must be one of the following values: PHONE_NUMBER, URL, QUICK_REPLY, OTP, FLOW");
	}

	@Test
	void aMissingRequiredFieldIsRefusedByName() {
		assertThat(validationErrors(client.post(project, "/whatsapp/templates", """
				{"language": "EN", "category": "UTILITY", "details": {"components": [%s]}}""".formatted(BODY))))
			.contains("name should not be null or undefined");
		assertThat(validationErrors(create("""
				{"type": "HEADER", "format": "VIDEO"}, %s""".formatted(BODY))))
			.containsExactly("details.components.0.example should not be null or undefined");
		assertThat(validationErrors(create("""
				{"type": "BODY", "text": "Hello {{1}} and {{2}}", "examples": ["Ann"]}""")))
			.containsExactly("details.components.0.examples must contain one example for each of the 2 body variables");
	}

	@Test
	void aDynamicLinksExampleIsTheWholeLinkNotTheValueAlone() {
		assertThat(validationErrors(create("""
				%s, {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://shop.example/t/{{1}}",
				  "example": "A-17"}]}""".formatted(BODY))))
			.contains("details.components.1.buttons.0.example must be a URL address");
		assertThat(validationErrors(create("""
				%s, {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://shop.example/t/{{1}}",
				  "example": "https://elsewhere.example/A-17"}]}""".formatted(BODY))))
			.containsExactly("details.components.1.buttons.0.example must be the full url with the value of {{1}} filled in");
	}

	@Test
	void aDraftNeedsNoExamplesYet() {
		Reply draft = client.post(project, "/whatsapp/templates", """
				{"name": "order_draft", "language": "EN", "category": "UTILITY", "status": "DRAFT",
				 "details": {"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Hello {{1}}"}]}}
				""");

		assertThat(draft.status()).isEqualTo(201);
	}

	@Test
	void anUpdateWithoutAStatusStaysADraft() {
		client.post(project, "/whatsapp/templates", """
				{"name": "order_draft", "language": "EN", "category": "UTILITY", "status": "DRAFT",
				 "details": {"components": [%s]}}""".formatted(BODY));

		Reply updated = client.patch(project, "/whatsapp/templates/order_draft/languages/EN", """
				{"details": {"components": [{"type": "BODY", "text": "Hi {{1}}", "examples": ["Bo"]}]}}""");

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("changes").path("status").asString()).isEqualTo("DRAFT");
		assertThat(updated.json().has("state")).isFalse();
		assertThat(validationErrors(client.patch(project, "/whatsapp/templates/order_draft/languages/EN", """
				{"name": "renamed"}"""))).containsExactly("property name should not exist");
	}

}
