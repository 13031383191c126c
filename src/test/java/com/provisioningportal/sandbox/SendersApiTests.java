package com.provisioningportal.sandbox;

import java.time.Duration;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SendersApiTests extends SandboxTestSupport {

	private SandboxProject project;

	private String wabaId;

	@BeforeEach
	void onboardedProject() {
		project = sandbox.addOnboardedProject("Shop");
		wabaId = client.get(project, "/whatsapp").json().path("wabaId").asString();
	}

	private Reply createEs(String phoneNumberId) {
		return client.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%s", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, phoneNumberId));
	}

	private String pendingVerificationSender() {
		String id = client.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "600700800"}}
				""").json().path("id").asString();
		sandbox.advance(Duration.ofMinutes(1));
		return id;
	}

	private String sender(String id) {
		return client.get(project, "/whatsapp/senders/" + id).json().path("state").asString();
	}

	@Test
	void embeddedSignupCreateAnswers201InProgressThenBecomesActiveAfterTheDelay() {
		Reply created = createEs("1000001");
		String id = created.json().path("id").asString();

		assertThat(created.status()).isEqualTo(201);
		assertThat(id).matches(Ids.UUID_FORMAT.pattern());
		assertThat(created.json().path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(created.json().path("region").asString()).isEqualTo("EU");
		assertThat(created.json().path("metaLocalStorage").asString()).isEqualTo("DE");
		assertThat(created.json().path("compatibleRegions").toString()).isEqualTo("[\"eu\"]");
		assertThat(created.json().has("businessManager")).isTrue();
		assertThat(created.json().has("cloudApi")).isTrue();

		sandbox.advance(Duration.ofSeconds(29));
		assertThat(sender(id)).isEqualTo("IN_PROGRESS");
		sandbox.advance(Duration.ofSeconds(1));

		JsonNode active = client.get(project, "/whatsapp/senders/" + id).json();
		assertThat(active.path("state").asString()).isEqualTo("ACTIVE");
		assertThat(active.has("changes")).isFalse();
		assertThat(active.path("details").path("displayName").asString()).isNotBlank();
		assertThat(active.path("bearerToken").asString()).isNotBlank();
		assertThat(active.path("qualityRating").asString()).isEqualTo("GREEN");
	}

	@Test
	void embeddedSignupCreateEndsInErrorForTheFailingPhoneNumberIds() {
		String id = createEs(SendersApi.FAILING_PHONE_NUMBER_ID_PREFIX + "123").json().path("id").asString();

		sandbox.advance(Duration.ofMinutes(1));

		JsonNode failed = client.get(project, "/whatsapp/senders/" + id).json();
		assertThat(failed.path("state").asString()).isEqualTo("ERROR");
		assertThat(failed.path("changes").path("status").asString()).isEqualTo("ERROR");
		assertThat(failed.path("changes").path("errorCode").asString()).isEqualTo("CANNOT_REGISTER_TO_CLOUD_API");
		assertThat(failed.path("changes").path("errorReason").asString()).isNotBlank();
	}

	@Test
	void embeddedSignupCreateValidatesItsBody() {
		Reply reply = client.post(project, "/whatsapp/senders", "{\"region\": \"XX\"}");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("invalid_input");
		assertThat(reply.json().path("additionalInformation").path("validationErrors").toString())
			.contains("wabaId should not be null or undefined")
			.contains("phoneNumberId should not be null or undefined")
			.contains("region must be one of the following values: BR, EU, US");
	}

	@Test
	void embeddedSignupOnANewProjectOnboardsItsAccount() {
		SandboxProject fresh = sandbox.addProject("Fresh");
		assertThat(client.get(fresh, "/whatsapp/senders").errorCode()).isEqualTo("project_not_initialized");

		Reply created = client.post(fresh, "/whatsapp/senders", """
				{"wabaId": "555000111", "phoneNumberId": "777000111"}
				""");

		assertThat(created.status()).isEqualTo(201);
		JsonNode account = client.get(fresh, "/whatsapp").json();
		assertThat(account.path("state").asString()).isEqualTo("ONBOARDED");
		assertThat(account.path("isEmbeddedSignup").asBoolean()).isTrue();
		assertThat(account.path("wabaId").asString()).isEqualTo("555000111");
	}

	@Test
	void refusesWabasAndPhoneNumbersInUseWith409() {
		createEs("1000001");
		SandboxProject other = sandbox.addOnboardedProject("Other");

		Reply differentWaba = client.post(project, "/whatsapp/senders", """
				{"wabaId": "999999", "phoneNumberId": "1000002"}
				""");
		Reply wabaOfOtherProject = client.post(sandbox.addProject("Third"), "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "1000003"}
				""".formatted(wabaId));
		Reply samePhoneNumber = createEs("1000001");
		String otherWaba = client.get(other, "/whatsapp").json().path("wabaId").asString();
		Reply phoneNumberOfOtherProject = client.post(other, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "1000001"}
				""".formatted(otherWaba));

		assertThat(differentWaba.status()).isEqualTo(409);
		assertThat(differentWaba.errorCode()).isEqualTo("wrong_waba_id");
		assertThat(wabaOfOtherProject.errorCode()).isEqualTo("waba_id_used");
		assertThat(samePhoneNumber.errorCode()).isEqualTo("provisioned_phone_number_id");
		assertThat(phoneNumberOfOtherProject.errorCode()).isEqualTo("used_phone_number_id");
	}

	@Test
	void listsWithPagingAndRepeatedStateFilters() {
		for (int i = 0; i < 3; i++) {
			createEs("200000" + i);
		}
		sandbox.advance(Duration.ofMinutes(1));
		createEs(SendersApi.FAILING_PHONE_NUMBER_ID_PREFIX + "1");
		createEs("3000000");
		sandbox.advance(Duration.ofMinutes(1));
		createEs("4000000");

		JsonNode all = client.get(project, "/whatsapp/senders").json();
		JsonNode page = client.get(project, "/whatsapp/senders?pageSize=2").json();
		JsonNode next = client
			.get(project, "/whatsapp/senders?pageSize=2&pageToken=" + page.path("nextPageToken").asString())
			.json();
		JsonNode filtered = client.get(project, "/whatsapp/senders?filterStates=ERROR&filterStates=IN_PROGRESS").json();

		assertThat(all.path("totalSize").asInt()).isEqualTo(6);
		assertThat(all.path("senders")).hasSize(6);
		assertThat(page.path("senders")).hasSize(2);
		assertThat(page.path("totalSize").asInt()).isEqualTo(6);
		assertThat(next.path("senders").get(0).path("id")).isEqualTo(all.path("senders").get(2).path("id"));
		assertThat(filtered.path("totalSize").asInt()).isEqualTo(2);
		assertThat(filtered.path("senders").valueStream().map(sender -> sender.path("state").asString()))
			.containsExactlyInAnyOrder("ERROR", "IN_PROGRESS");
	}

	@Test
	void rejectsUnknownFilterValuesAndBadPaging() {
		Reply badState = client.get(project, "/whatsapp/senders?filterStates=SLEEPING");

		assertThat(badState.status()).isEqualTo(400);
		assertThat(badState.errorCode()).isEqualTo("invalid_filter_states");
		assertThat(badState.json().path("additionalInformation").path("supportedCodes").asString())
			.isEqualTo("ACTIVE, IN_PROGRESS, INACTIVE, PENDING_VERIFICATION, SUSPENDED, ERROR");
		assertThat(client.get(project, "/whatsapp/senders?filterStatuses=NOPE").errorCode())
			.isEqualTo("invalid_filter_statuses");
		assertThat(client.get(project, "/whatsapp/senders?pageSize=101").errorCode()).isEqualTo("invalid_page_size");
		assertThat(client.get(project, "/whatsapp/senders?pageToken=xyz").errorCode()).isEqualTo("invalid_page_token");
	}

	@Test
	void answersAnUnknownSenderWith404() {
		Reply reply = client.get(project, "/whatsapp/senders/" + Ids.uuid());

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("sender_not_found");
	}

	@Test
	void aNumberMetaHasVerifiedAlreadyNeedsNoCodeButAnyOtherNumberDoes() {
		String verified = client.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "%s123456"}}
				""".formatted(SendersApi.META_VERIFIED_PREFIX)).json().path("id").asString();
		String other = pendingVerificationSender();
		sandbox.advance(Duration.ofMinutes(1));

		Reply registered = client.post(project, "/whatsapp/senders/" + verified + "/register", "{\"method\": \"SMS\"}");
		assertThat(registered.json().path("verificationCodeSent").asBoolean()).isFalse();
		assertThat(client.post(project, "/whatsapp/senders/" + verified + "/verify", "{}").status()).isEqualTo(204);
		assertThat(sender(verified)).isEqualTo("IN_PROGRESS");

		client.post(project, "/whatsapp/senders/" + other + "/register", "{\"method\": \"SMS\"}");
		assertThat(client.post(project, "/whatsapp/senders/" + other + "/verify", "{}").json()
			.path("additionalInformation").path("validationErrors").toString()).contains("code must be exactly 6 characters");
	}

	@Test
	void aPartnerInitiatedSenderWaitsForVerificationThenRegisterAndVerifyActivateIt() {
		String id = pendingVerificationSender();
		assertThat(sender(id)).isEqualTo("PENDING_VERIFICATION");

		Reply registered = client.post(project, "/whatsapp/senders/" + id + "/register", "{\"method\": \"SMS\"}");
		Reply verified = client.post(project, "/whatsapp/senders/" + id + "/verify",
				"{\"code\": \"" + SendersApi.OTP + "\"}");

		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.json().path("id").asString()).isEqualTo(id);
		assertThat(registered.json().path("method").asString()).isEqualTo("SMS");
		assertThat(registered.json().path("verificationCodeSent").asBoolean()).isTrue();
		assertThat(registered.json().has("accepted")).isTrue();
		assertThat(verified.status()).isEqualTo(204);
		assertThat(sender(id)).isEqualTo("IN_PROGRESS");
		sandbox.advance(Duration.ofMinutes(1));
		assertThat(sender(id)).isEqualTo("ACTIVE");
	}

	@Test
	void registerAndVerifyFollowTheDocumentedErrors() {
		String active = activeSender(project, "1000009");
		String pending = pendingVerificationSender();

		assertThat(client.post(project, "/whatsapp/senders/" + active + "/register", "{\"method\": \"SMS\"}").errorCode())
			.isEqualTo("not_allowed_register");
		assertThat(client.post(project, "/whatsapp/senders/" + pending + "/register", "{\"method\": \"FAX\"}").errorCode())
			.isEqualTo("invalid_input");
		assertThat(client.post(project, "/whatsapp/senders/" + pending + "/verify", "{\"code\": \"123456\"}").errorCode())
			.as("verify before register").isEqualTo("not_allowed_verify");
		client.post(project, "/whatsapp/senders/" + pending + "/register", "{\"method\": \"VOICE\"}");
		Reply shortCode = client.post(project, "/whatsapp/senders/" + pending + "/verify", "{\"code\": \"123\"}");
		assertThat(shortCode.status()).isEqualTo(400);
		assertThat(shortCode.json().path("additionalInformation").toString()).contains("code must be exactly 6 characters");
		Reply wrongCode = client.post(project, "/whatsapp/senders/" + pending + "/verify", "{\"code\": \"654321\"}");
		assertThat(wrongCode.status()).isEqualTo(409);
		assertThat(wrongCode.errorCode()).isEqualTo("wrong_otp");
		assertThat(client.post(project, "/whatsapp/senders/" + active + "/verify", "{\"code\": \"123456\"}").errorCode())
			.isEqualTo("not_allowed_verify");
	}

	@Test
	void updatesOnlyActiveSendersThroughDraftThenSubmittedChanges() {
		String id = activeSender(project, "1000010");

		Reply draft = client.patch(project, "/whatsapp/senders/" + id, "{\"details\": {\"about\": \"We sell shoes\"}}");
		assertThat(draft.status()).isEqualTo(200);
		assertThat(draft.json().path("changes").path("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.json().path("details").has("about")).isFalse();

		Reply submitted = client.patch(project, "/whatsapp/senders/" + id,
				"{\"status\": \"SUBMIT\", \"details\": {\"email\": null, \"displayName\": \"Shoes\"}}");
		assertThat(submitted.json().path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(submitted.json().path("metadata").path("displayName").path("status").asString()).isEqualTo("PENDING");
		assertThat(client.patch(project, "/whatsapp/senders/" + id, "{\"details\": {\"about\": \"x\"}}").errorCode())
			.isEqualTo("sender_changes_not_updatable");

		sandbox.advance(Duration.ofMinutes(1));
		JsonNode applied = client.get(project, "/whatsapp/senders/" + id).json();
		assertThat(applied.has("changes")).isFalse();
		assertThat(applied.path("details").path("about").asString()).isEqualTo("We sell shoes");
		assertThat(applied.path("details").path("displayName").asString()).isEqualTo("Shoes");
		assertThat(applied.path("metadata").path("displayName").path("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void refusesUpdatesThatAreNotAllowed() {
		String active = activeSender(project, "1000012");
		String inProgress = createEs("1000011").json().path("id").asString();

		assertThat(client.patch(project, "/whatsapp/senders/" + inProgress, "{\"details\": {\"about\": \"x\"}}")
			.errorCode()).isEqualTo("sender_not_updatable");
		assertThat(client.patch(project, "/whatsapp/senders/" + active, "{\"details\": {}}").errorCode())
			.isEqualTo("no_fields_to_update");
		assertThat(client.patch(project, "/whatsapp/senders/" + active, "{\"details\": {\"about\": \"\"}}").errorCode())
			.isEqualTo("invalid_input");
	}

	@Test
	void discardsDraftChangesOnly() {
		String id = activeSender(project, "1000013");
		assertThat(client.delete(project, "/whatsapp/senders/" + id + "/changes").errorCode())
			.isEqualTo("sender_changes_not_found");
		client.patch(project, "/whatsapp/senders/" + id, "{\"details\": {\"about\": \"draft\"}}");

		assertThat(client.delete(project, "/whatsapp/senders/" + id + "/changes").status()).isEqualTo(204);
		assertThat(client.get(project, "/whatsapp/senders/" + id).json().has("changes")).isFalse();

		client.patch(project, "/whatsapp/senders/" + id, "{\"status\": \"SUBMIT\", \"details\": {\"about\": \"x\"}}");
		assertThat(client.delete(project, "/whatsapp/senders/" + id + "/changes").errorCode())
			.isEqualTo("sender_changes_not_deletable");
	}

	@Test
	void deleteAnswers204KeepsTheSenderThirtyDaysAndRefusesASecondDelete() {
		String id = activeSender(project, "1000014");

		assertThat(client.delete(project, "/whatsapp/senders/" + id).status()).isEqualTo(204);
		assertThat(client.delete(project, "/whatsapp/senders/" + id).errorCode()).isEqualTo("sender_already_deleted");
		sandbox.advance(Duration.ofDays(29));
		assertThat(sender(id)).isEqualTo("ACTIVE");
		sandbox.advance(Duration.ofDays(1));
		assertThat(client.get(project, "/whatsapp/senders/" + id).status()).isEqualTo(404);
	}

	@Test
	void recordsActivitiesNewestFirstAndTakesComments() {
		String id = activeSender(project, "1000015");

		Reply comment = client.post(project, "/whatsapp/senders/" + id + "/comments", "{\"comment\": \"Hello support\"}");
		JsonNode activities = client.get(project, "/whatsapp/senders/" + id + "/activities").json();

		assertThat(comment.status()).isEqualTo(201);
		assertThat(comment.json().path("type").asString()).isEqualTo("CREATED");
		assertThat(comment.json().path("comment").asString()).isEqualTo("Hello support");
		assertThat(activities.path("notifications").get(0).path("type").asString()).isEqualTo("COMMENT_ADDED");
		assertThat(activities.path("notifications").get(0).path("comment").asString()).isEqualTo("Hello support");
		assertThat(activities.path("notifications").valueStream().map(n -> n.path("type").asString()))
			.containsExactly("COMMENT_ADDED", "ACTIVE", "IN_PROGRESS", "CREATED");
		assertThat(client.post(project, "/whatsapp/senders/" + id + "/comments", "{}").errorCode())
			.isEqualTo("invalid_input");
	}

	@Test
	void aPartnerInitiatedDraftIsOnlyStoredAndADisplayNameStartingWithRejectIsRejected() {
		Reply draft = client.post(project, "/whatsapp/senders", """
				{"status": "DRAFT", "phoneNumberProvider": "SINCH",
				 "details": {"displayName": "Draft shop", "vertical": "RESTAURANT", "countryCode": "48"}}
				""");
		String rejected = client.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER",
				 "details": {"displayName": "Rejected shop", "vertical": "RESTAURANT", "countryCode": "48", "phoneNumber": "601"}}
				""").json().path("id").asString();
		sandbox.advance(Duration.ofMinutes(1));

		assertThat(draft.status()).isEqualTo(201);
		assertThat(draft.json().has("state")).isFalse();
		assertThat(draft.json().path("changes").path("status").asString()).isEqualTo("DRAFT");
		assertThat(client.get(project, "/whatsapp/senders?filterStatuses=DRAFT").json().path("totalSize").asInt())
			.isEqualTo(1);
		JsonNode rejectedSender = client.get(project, "/whatsapp/senders/" + rejected).json();
		assertThat(rejectedSender.has("state")).isFalse();
		assertThat(rejectedSender.path("changes").path("status").asString()).isEqualTo("REJECTED");
	}

	@Test
	void aPartnerInitiatedCreateValidatesItsDetails() {
		Reply reply = client.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "NOBODY", "details": {"vertical": "SPACE", "countryCode": "+48", "about": ""}}
				""");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("additionalInformation").path("validationErrors").toString())
			.contains("phoneNumberProvider must be one of the following values: CUSTOMER, SINCH")
			.contains("details.displayName should not be null or undefined")
			.contains("details.vertical must be one of the following values")
			.contains("details.about must be longer than or equal to 1 characters")
			.contains("details.countryCode must be a number string");
	}

	@Test
	void aDisplayNameUnderReviewCannotChangeAgain() {
		String id = activeSender(project, "1000016");
		client.patch(project, "/whatsapp/senders/" + id, "{\"status\": \"SUBMIT\", \"details\": {\"displayName\": \"New\"}}");

		Reply again = client.patch(project, "/whatsapp/senders/" + id, "{\"details\": {\"displayName\": \"Newer\"}}");
		Reply otherField = client.patch(project, "/whatsapp/senders/" + id, "{\"details\": {\"about\": \"Open daily\"}}");

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.errorCode()).isEqualTo("sender_display_name_update_not_allowed");
		assertThat(otherField.status()).isEqualTo(200);
		assertThat(otherField.json().path("metadata").path("displayName").path("value").asString()).isEqualTo("New");
	}

}
