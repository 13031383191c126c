package com.provisioningportal.sandbox;

import java.time.Duration;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TemplatesApiTests extends SandboxTestSupport {

	private SandboxProject project;

	@BeforeEach
	void onboardedProject() {
		project = sandbox.addOnboardedProject("Shop");
	}

	private Reply create(String name, String language, String category, String status) {
		return client.post(project, "/whatsapp/templates", """
				{"name": "%s", "language": "%s", "category": "%s", %s
				 "details": {"components": [{"type": "BODY", "text": "Hello {{1}}", "examples": ["Ann"]}]}}
				""".formatted(name, language, category, status == null ? "" : "\"status\": \"" + status + "\","));
	}

	private JsonNode get(String name, String language) {
		return client.get(project, "/whatsapp/templates/" + name + "/languages/" + language).json();
	}

	@Test
	void aSubmittedTemplateIsPendingThenApprovedAfterTheReviewDelay() {
		Reply created = create("order_update", "EN", "UTILITY", null);

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("state").asString()).isEqualTo("PENDING");
		assertThat(created.json().path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(created.json().path("isMetaGenerated").asBoolean()).isFalse();
		assertThat(created.json().path("analytics").isArray()).isTrue();
		sandbox.advance(Duration.ofSeconds(59));
		assertThat(get("order_update", "EN").path("state").asString()).isEqualTo("PENDING");
		sandbox.advance(Duration.ofSeconds(1));

		JsonNode approved = get("order_update", "EN");
		assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.has("changes")).isFalse();
		assertThat(approved.path("whatsappId").asString()).matches("\\d+");
		assertThat(approved.path("details").path("components").get(0).path("type").asString()).isEqualTo("BODY");
	}

	@Test
	void templatesNamedForRejectionAreRejected() {
		create(TemplatesApi.REJECTED_NAME_PREFIX + "_me", "EN", "MARKETING", null);

		sandbox.advance(Duration.ofMinutes(1));

		JsonNode rejected = get(TemplatesApi.REJECTED_NAME_PREFIX + "_me", "EN");
		assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
		assertThat(rejected.path("rejectionCode").asString()).isEqualTo("INVALID_FORMAT");
	}

	@Test
	void aDraftHasNoStateOnlyChanges() {
		Reply draft = create("draft_one", "EN", "UTILITY", "DRAFT");

		assertThat(draft.json().has("state")).isFalse();
		assertThat(draft.json().path("changes").path("status").asString()).isEqualTo("DRAFT");
		sandbox.advance(Duration.ofHours(1));
		assertThat(get("draft_one", "EN").has("state")).isFalse();
	}

	@Test
	void validatesNameLanguageCategoryAndComponents() {
		Reply badName = create("Bad-Name", "EN", "UTILITY", null);
		Reply badLanguage = create("good_name", "xx", "UTILITY", null);
		Reply badCategory = create("good_name", "EN", "OTP", null);
		Reply noBody = client.post(project, "/whatsapp/templates", """
				{"name": "no_body", "language": "EN", "category": "UTILITY",
				 "details": {"components": [{"type": "FOOTER", "text": "x"}, {"type": "FOOTER", "text": "y"}]}}
				""");

		assertThat(badName.errorCode()).isEqualTo("invalid_input");
		assertThat(badLanguage.errorCode()).isEqualTo("template_invalid_language_code");
		assertThat(badLanguage.json().path("additionalInformation").path("supportedCodes").asString())
			.startsWith("AF, AR, AZ");
		assertThat(badCategory.json().path("additionalInformation").toString())
			.contains("category must be one of the following values: AUTHENTICATION, MARKETING, UTILITY");
		assertThat(noBody.json().path("additionalInformation").toString()).contains("BODY")
			.contains("at most one component of type FOOTER");
	}

	@Test
	void nameAndLanguageAreUniqueAndLanguagesShareTheCategory() {
		create("order_update", "EN", "UTILITY", null);

		assertThat(create("order_update", "EN", "UTILITY", null).errorCode()).isEqualTo("template_exists");
		assertThat(create("order_update", "DE", "MARKETING", null).errorCode()).isEqualTo("template_incorrect_category");
		assertThat(create("order_update", "DE", "UTILITY", null).status()).isEqualTo(201);
	}

	@Test
	void listsAlphabeticallyWithFiltersAndPaging() {
		create("b_template", "EN", "UTILITY", null);
		create("a_template", "EN", "UTILITY", null);
		sandbox.advance(Duration.ofMinutes(1));
		create("a_template", "DE", "UTILITY", "DRAFT");

		JsonNode all = client.get(project, "/whatsapp/templates").json();
		JsonNode approved = client.get(project, "/whatsapp/templates?filterStates=APPROVED").json();
		JsonNode drafts = client.get(project, "/whatsapp/templates?filterStatuses=DRAFT").json();
		JsonNode prefixed = client.get(project, "/whatsapp/templates?templateName=a_").json();
		JsonNode page = client.get(project, "/whatsapp/templates?pageSize=1").json();

		assertThat(all.path("templates").valueStream()
			.map(template -> template.path("name").asString() + "/" + template.path("language").asString()))
			.containsExactly("a_template/DE", "a_template/EN", "b_template/EN");
		assertThat(approved.path("totalSize").asInt()).isEqualTo(2);
		assertThat(drafts.path("totalSize").asInt()).isEqualTo(1);
		assertThat(prefixed.path("totalSize").asInt()).isEqualTo(2);
		assertThat(page.path("templates")).hasSize(1);
		assertThat(page.has("nextPageToken")).isTrue();
		assertThat(client.get(project, "/whatsapp/templates?pageSize=1001").errorCode()).isEqualTo("invalid_page_size");
	}

	@Test
	void getsAllLanguagesOfAName() {
		create("order_update", "EN", "UTILITY", null);
		create("order_update", "ES", "UTILITY", null);

		JsonNode byName = client.get(project, "/whatsapp/templates/order_update").json();

		assertThat(byName.path("totalSize").asInt()).isEqualTo(2);
		assertThat(client.get(project, "/whatsapp/templates/unknown").errorCode()).isEqualTo("template_not_found");
		assertThat(client.get(project, "/whatsapp/templates/order_update/languages/FR").errorCode())
			.isEqualTo("template_not_found");
	}

	@Test
	void updatingAnApprovedTemplateKeepsItLiveWhileTheChangeIsReviewed() {
		create("order_update", "EN", "UTILITY", null);
		sandbox.advance(Duration.ofMinutes(1));

		Reply updated = client.patch(project, "/whatsapp/templates/order_update/languages/EN", """
				{"status": "SUBMIT", "details": {"components": [{"type": "BODY", "text": "Hi {{1}}", "examples": ["Bo"]}]}}
				""");

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("state").asString()).isEqualTo("APPROVED");
		assertThat(updated.json().path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(updated.json().path("details").path("components").get(0).path("text").asString())
			.isEqualTo("Hello {{1}}");
		assertThat(client.patch(project, "/whatsapp/templates/order_update/languages/EN",
				"{\"status\": \"SUBMIT\"}").errorCode()).isEqualTo("template_changes_not_updatable");
		assertThat(client.patch(project, "/whatsapp/templates/order_update/languages/EN",
				"{\"category\": \"MARKETING\"}").status()).isEqualTo(409);
		sandbox.advance(Duration.ofMinutes(1));
		assertThat(get("order_update", "EN").path("details").path("components").get(0).path("text").asString())
			.isEqualTo("Hi {{1}}");
	}

	@Test
	void deletingALanguageHonoursDeleteSubmitted() {
		create("order_update", "EN", "UTILITY", null);
		sandbox.advance(Duration.ofMinutes(1));
		String path = "/whatsapp/templates/order_update/languages/EN";

		Reply withoutFlag = client.delete(project, path);
		client.patch(project, path, "{\"status\": \"DRAFT\", \"details\": {\"components\": [{\"type\": \"BODY\", \"text\": \"x\"}]}}");
		Reply draftOnly = client.delete(project, path);
		JsonNode afterDraftDeleted = get("order_update", "EN");
		Reply submitted = client.delete(project, path + "?deleteSubmitted=true");

		assertThat(withoutFlag.status()).isEqualTo(409);
		assertThat(withoutFlag.errorCode()).isEqualTo("template_not_deletable_due_to_input_config");
		assertThat(draftOnly.status()).isEqualTo(204);
		assertThat(afterDraftDeleted.path("state").asString()).isEqualTo("APPROVED");
		assertThat(afterDraftDeleted.has("changes")).isFalse();
		assertThat(submitted.status()).isEqualTo(204);
		assertThat(client.get(project, path).status()).isEqualTo(404);
		assertThat(create("order_update", "EN", "UTILITY", null).errorCode()).isEqualTo("template_language_recently_deleted");
	}

	@Test
	void deletingByNameRemovesEveryLanguageAndBlocksTheNameForThirtyDays() {
		create("order_update", "EN", "UTILITY", null);
		create("order_update", "ES", "UTILITY", "DRAFT");

		assertThat(client.delete(project, "/whatsapp/templates/order_update").status()).isEqualTo(204);
		assertThat(client.get(project, "/whatsapp/templates/order_update").status()).isEqualTo(404);
		assertThat(create("order_update", "FR", "UTILITY", null).errorCode()).isEqualTo("template_name_recently_used");
		sandbox.advance(Duration.ofDays(30));
		assertThat(create("order_update", "FR", "UTILITY", null).status()).isEqualTo(201);
	}

	@Test
	void templatesNeedAnOnboardedProject() {
		SandboxProject fresh = sandbox.addProject("New");
		assertThat(client.get(fresh, "/whatsapp/templates").errorCode()).isEqualTo("project_not_initialized");
		assertThat(client.get(fresh, "/whatsapp/templates/order_update").errorCode()).isEqualTo("project_not_initialized");
	}

}
