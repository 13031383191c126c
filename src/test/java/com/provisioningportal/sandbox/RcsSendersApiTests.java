package com.provisioningportal.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.provisioningportal.sandbox.CallbackReceiver.Received;
import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RcsSendersApiTests extends SandboxTestSupport {

	private static final Duration STEP = Duration.ofSeconds(30);

	private SandboxProject project;

	private CallbackReceiver receiver;

	@BeforeEach
	void projectWithWebhook() throws Exception {
		project = sandbox.addProject("Shop");
		receiver = new CallbackReceiver();
		client.post(project, "/webhooks", """
				{"target": "%s", "secret": "webhook-secret", "triggers": ["RCS_SENDER_STATUS_UPDATED",
				 "RCS_SENDER_OPERATOR_STATUS_UPDATED", "RCS_SENDER_COMMENT_ADDED"]}
				""".formatted(receiver.url()));
	}

	@AfterEach
	void stopReceiving() {
		receiver.close();
	}

	/** A sender that has everything a launch needs, with the given brand name and countries. */
	static String launchable(String name, String countries) {
		return """
				{"region": "EU", "billingCategory": "NON_CONVERSATIONAL", "useCase": "PROMOTIONAL",
				 "details": {
				  "brand": {"name": "%s", "description": "Shoes and more", "color": "#112233",
				   "logoUrl": "https://shop.example.com/logo.png", "bannerUrl": "https://shop.example.com/banner.png",
				   "privacyPolicyUrl": "https://shop.example.com/privacy", "termsOfServiceUrl": "https://shop.example.com/terms",
				   "emails": [{"label": "Support", "address": "help@shop.example.com"}],
				   "phones": [{"label": "Helpdesk", "number": "+48600100200"}],
				   "websites": [{"label": "Shop", "url": "https://shop.example.com"}]},
				  "testNumbers": ["+48600100300", "+48600110000"],
				  "countries": %s,
				  "questionnaire": {
				   "general": {"answers": {"optInDescription": "At checkout", "triggerDescription": "Orders",
				    "interactionsDescription": "Offers", "optOutDescription": "Reply STOP",
				    "videoUris": ["https://shop.example.com/demo.mp4"]}},
				   "verification": {"answers": {"name": "Ann Smith", "email": "ann@shop.example.com",
				    "title": "CEO", "website": "https://shop.example.com"}}}}}
				""".formatted(name, countries);
	}

	private String create(String body) {
		Reply created = client.post(project, "/rcs/senders", body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asString();
	}

	private JsonNode sender(String id) {
		return client.get(project, "/rcs/senders/" + id).json();
	}

	private static List<String> names(JsonNode list) {
		List<String> names = new ArrayList<>();
		list.path("senders").forEach(sender -> names.add(sender.path("details").path("brand").path("name").asString()));
		return names;
	}

	private List<String> callbackTypes() {
		List<String> types = new ArrayList<>();
		for (Received callback : receiver.received()) {
			JsonNode body = Json.read(callback.body());
			types.add(body.path("type").asString() + ":" + body.path("payload").path("state").asString());
		}
		return types;
	}

	@Test
	void createAnswers201InProgressThenTheTestAgentIsReadyAndTestersAnswerTheirInvitations() {
		Reply created = client.post(project, "/rcs/senders", launchable("Shop", "[\"FR\"]"));
		String id = created.json().path("id").asString();

		assertThat(created.status()).isEqualTo(201);
		assertThat(id).matches(Ids.UUID_FORMAT.pattern());
		assertThat(created.json().path("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(created.json().path("details").path("brand").path("color").asString()).isEqualTo("#112233");
		assertThat(created.json().path("testNumberStates").findValuesAsString("state")).containsExactly("UNVERIFIED",
				"UNVERIFIED");
		assertThat(PublishedSchemas.RCS_SENDER.missingFrom(created.json())).isEmpty();

		sandbox.advance(STEP);
		assertThat(sender(id).path("state").asString()).isEqualTo("IN_TEST");
		assertThat(sender(id).path("testNumberStates").findValuesAsString("state")).containsOnly("UNVERIFIED");

		sandbox.advance(STEP);
		JsonNode tested = sender(id);
		assertThat(tested.path("testNumberStates").get(0).path("state").asString()).isEqualTo("VERIFIED");
		assertThat(tested.path("testNumberStates").get(1).path("state").asString()).as("a number ending in 0000")
			.isEqualTo("DECLINED");
		assertThat(callbackTypes()).containsExactly("RCS_SENDER_STATUS_UPDATED:IN_TEST");
	}

	@Test
	void createRefusesWhatThePublishedSchemaRefusesAndUnknownFieldsByName() {
		Reply refused = client.post(project, "/rcs/senders", """
				{"region": "EU", "billingCategory": "FREE", "details": {"brand": {"description": "x", "color": "#12345G",
				 "emails": [{"label": "a", "address": "a@shop.example.com"}, {"label": "b", "address": "a@shop.example.com"}],
				 "phones": [{"label": "p", "number": "+48 600"}], "logo": "https://x.example.com"},
				 "testNumbers": ["600100200"], "countries": ["XX"]}, "name": "Shop"}
				""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCode()).isEqualTo("invalid_input");
		assertThat(Json.strings(refused.json().path("additionalInformation").path("validationErrors"))).contains(
				"property name should not exist", "useCase should not be null or undefined",
				"billingCategory must be one of the following values: CONVERSATIONAL, NON_CONVERSATIONAL, BASIC_MESSAGE, SINGLE_MESSAGE, CONVERSATIONAL_LEGACY",
				"details.brand.property logo should not exist", "details.brand.name should not be null or undefined",
				"details.brand.color must be a hexadecimal color", "details.brand.emails must have unique values of address",
				"details.brand.phones.0.number must be a phone number without country code and separators, or in E.164 format",
				"details.testNumbers must contain phone numbers in E.164 format");
		assertThat(client.post(project, "/rcs/senders", "[]").errorCode()).isEqualTo("invalid_payload");
		assertThat(client.get(project, "/rcs/senders").json().path("totalSize").asInt()).isZero();
	}

	@Test
	void listsPageByPageWithFiltersAndSortOrder() {
		for (String name : List.of("Charlie", "Alpha", "Bravo")) {
			create(launchable(name, "[\"FR\"]"));
		}
		sandbox.advance(STEP);
		create(launchable("Delta", "[\"FR\"]"));

		JsonNode first = client.get(project, "/rcs/senders?pageSize=2&sortColumn=NAME&sortDirection=ASC").json();
		assertThat(first.path("totalSize").asInt()).isEqualTo(4);
		assertThat(first.path("pageSize").asInt()).isEqualTo(2);
		assertThat(names(first)).containsExactly("Alpha", "Bravo");
		JsonNode second = client
			.get(project, "/rcs/senders?pageSize=2&sortColumn=NAME&sortDirection=ASC&pageToken="
					+ first.path("nextPageToken").asString())
			.json();
		assertThat(names(second)).containsExactly("Charlie", "Delta");
		assertThat(second.has("nextPageToken")).isFalse();
		assertThat(second.has("previousPageToken")).isTrue();
		assertThat(PublishedSchemas.RCS_SENDERS.missingFrom(second)).isEmpty();

		assertThat(names(client.get(project, "/rcs/senders?filterStates=IN_PROGRESS").json())).containsExactly("Delta");
		assertThat(names(client.get(project, "/rcs/senders?search=rav").json())).containsExactly("Bravo");
		assertThat(client.get(project, "/rcs/senders?filterStates=ACTIVE").errorCode()).isEqualTo("invalid_filter_states");
		assertThat(client.get(project, "/rcs/senders?pageSize=101").errorCode()).isEqualTo("invalid_page_size");
		assertThat(client.get(project, "/rcs/senders?sortColumn=COLOR").errorCode()).isEqualTo("invalid_input");
	}

	@Test
	void updateMergesTheBrandWhereNullClearsAndSavesTheQuestionnaire() {
		String id = create(launchable("Shop", "[\"FR\"]"));

		Reply updated = client.patch(project, "/rcs/senders/" + id, """
				{"details": {"brand": {"description": "Boots", "phones": null},
				 "countries": ["FR", "GB"],
				 "questionnaire": {"gb": {"answers": {"brandIndustry": "Retail", "messagesVolume": "10K",
				  "messagesFrequency": "Weekly", "campaignLength": "1 year"}}}}}
				""");

		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		JsonNode details = updated.json().path("details");
		assertThat(details.path("brand").path("name").asString()).isEqualTo("Shop");
		assertThat(details.path("brand").path("description").asString()).isEqualTo("Boots");
		assertThat(details.path("brand").has("phones")).isFalse();
		assertThat(details.path("questionnaire").path("general").path("answers").path("optOutDescription").asString())
			.isEqualTo("Reply STOP");
		assertThat(details.path("questionnaire").path("gb").path("answers").path("brandIndustry").asString())
			.isEqualTo("Retail");
		assertThat(Json.strings(details.path("countries"))).containsExactly("FR", "GB");

		assertThat(client.patch(project, "/rcs/senders/" + id, "{\"details\": {\"brand\": {\"name\": null}}}")
			.json().path("additionalInformation").path("validationErrors").toString())
			.contains("details.brand.name should not be null");
		assertThat(client.patch(project, "/rcs/senders/" + id, "{\"details\": {\"testNumbers\": []}}").errorCode())
			.isEqualTo("invalid_input");
		assertThat(client.patch(project, "/rcs/senders/" + id + "?usQuestionnaireVersion=v3", "{\"details\": {}}")
			.errorCode()).isEqualTo("invalid_input");
	}

	@Test
	void launchListsThePublishedRequirementsThatAreMissing() {
		String id = create("""
				{"region": "US", "billingCategory": "CONVERSATIONAL", "useCase": "OTP",
				 "details": {"brand": {"name": "Bare"}, "countries": ["GB"],
				  "questionnaire": {"general": {"answers": {"optInDescription": "At checkout"}}}}}
				""");
		sandbox.advance(STEP);

		Reply refused = client.post(project, "/rcs/senders/" + id + "/launch", "");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.errorCode()).isEqualTo("sender_not_ready_for_launch");
		assertThat(Json.strings(refused.json().path("additionalInformation").path("missingRequirements"))).contains(
				"details.questionnaire.general.answers.triggerDescription",
				"details.questionnaire.verification.answers.name", "details.questionnaire.gb.answers.brandIndustry",
				"details.brand.phones or details.brand.emails", "details.brand.bannerUrl", "details.brand.logoUrl",
				"details.brand.privacyPolicyUrl", "details.brand.termsOfServiceUrl");
		assertThat(sender(id).path("state").asString()).isEqualTo("IN_TEST");
	}

	@Test
	void aLaunchMovesThroughSinchsReviewAndEveryOperatorToLaunched() {
		String id = create(launchable("Shop", "[\"FR\", \"DE\"]"));
		assertThat(client.post(project, "/rcs/senders/" + id + "/launch", "").errorCode()).as("still IN_PROGRESS")
			.isEqualTo("sender_not_launchable");
		sandbox.advance(STEP);

		Reply launched = client.post(project, "/rcs/senders/" + id + "/launch", "");
		assertThat(launched.status()).isEqualTo(200);
		assertThat(launched.json().path("state").asString()).isEqualTo("PREPARING_LAUNCH");
		assertThat(client.patch(project, "/rcs/senders/" + id, "{\"details\": {\"brand\": {\"description\": \"x\"}}}")
			.errorCode()).isEqualTo("sender_not_updatable");

		sandbox.advance(STEP);
		JsonNode launching = sender(id);
		assertThat(launching.path("state").asString()).isEqualTo("LAUNCHING");
		assertThat(launching.path("countryStatus").findValuesAsString("country")).containsExactly("FR", "DE");
		assertThat(launching.path("countryStatus").get(0).path("operators").findValuesAsString("status"))
			.containsOnly("PENDING").hasSize(4);

		sandbox.advance(STEP);
		JsonNode firstStep = sender(id);
		assertThat(firstStep.path("countryStatus").get(0).path("status").asString()).isEqualTo("LAUNCHED");
		assertThat(firstStep.path("countryStatus").get(0).path("operators").findValuesAsString("status"))
			.containsExactly("LAUNCHED", "PENDING", "PENDING", "PENDING");
		assertThat(firstStep.path("state").asString()).isEqualTo("LAUNCHING");

		sandbox.advance(STEP.multipliedBy(3));
		JsonNode done = sender(id);
		assertThat(done.path("state").asString()).isEqualTo("LAUNCHED");
		assertThat(done.path("countryStatus").findValuesAsString("status")).containsOnly("LAUNCHED");
		assertThat(PublishedSchemas.RCS_SENDER.missingFrom(done)).isEmpty();
		List<String> types = callbackTypes();
		assertThat(types).startsWith("RCS_SENDER_STATUS_UPDATED:IN_TEST", "RCS_SENDER_STATUS_UPDATED:PREPARING_LAUNCH",
				"RCS_SENDER_STATUS_UPDATED:LAUNCHING")
			.endsWith("RCS_SENDER_STATUS_UPDATED:LAUNCHED");
		assertThat(types).filteredOn(type -> type.startsWith("RCS_SENDER_OPERATOR_STATUS_UPDATED")).hasSize(7);
		Received signed = receiver.received().get(0);
		assertThat(signed.header("x-sinch-webhook-signature")).isEqualTo(Callbacks.sign("webhook-secret", signed.body(),
				signed.header("x-sinch-webhook-signature-nonce"), signed.header("x-sinch-webhook-signature-timestamp")));
	}

	@Test
	void withoutAVideoTheLaunchWaitsInPendingLaunch() {
		String id = create(launchable("Shop", "[\"PL\"]").replace("\"videoUris\": [\"https://shop.example.com/demo.mp4\"]",
				"\"videoUris\": []"));
		sandbox.advance(STEP);

		assertThat(client.post(project, "/rcs/senders/" + id + "/launch", "").json().path("state").asString())
			.isEqualTo("PENDING_LAUNCH");
	}

	@Test
	void operatorsRejectWithARemarkAndASenderNobodyLaunchedEndsUnlaunched() {
		String rejected = create(launchable("Rejected shop", "[\"GB\"]"));
		String partial = create(launchable("Partial shop", "[\"ES\"]"));
		sandbox.advance(STEP);
		client.patch(project, "/rcs/senders/" + rejected, """
				{"details": {"questionnaire": {"gb": {"answers": {"brandIndustry": "Retail", "messagesVolume": "10K",
				 "messagesFrequency": "Weekly", "campaignLength": "1 year"}}}}}
				""");
		client.post(project, "/rcs/senders/" + rejected + "/launch", "");
		client.post(project, "/rcs/senders/" + partial + "/launch", "");

		sandbox.advance(STEP.multipliedBy(6));

		JsonNode unlaunched = sender(rejected);
		assertThat(unlaunched.path("state").asString()).isEqualTo("UNLAUNCHED");
		assertThat(unlaunched.path("countryStatus").get(0).path("status").asString()).isEqualTo("REJECTED");
		assertThat(unlaunched.path("countryStatus").get(0).path("operators").findValuesAsString("remark"))
			.containsOnly(RcsSendersApi.OPERATOR_REMARK).hasSize(4);
		JsonNode mixed = sender(partial);
		assertThat(mixed.path("state").asString()).isEqualTo("LAUNCHED");
		assertThat(mixed.path("countryStatus").get(0).path("operators").findValuesAsString("status"))
			.containsExactly("LAUNCHED", "LAUNCHED", "REJECTED");
		assertThat(client.post(project, "/rcs/senders/" + rejected + "/launch", "").status()).as("may launch again")
			.isEqualTo(200);
	}

	@Test
	void sinchsReviewSendsASenderBackForChangesWithAComment() {
		String id = create(launchable("Changes needed", "[\"FR\"]"));
		sandbox.advance(STEP);
		client.post(project, "/rcs/senders/" + id + "/launch", "");

		sandbox.advance(STEP);

		assertThat(sender(id).path("state").asString()).isEqualTo("IN_TEST");
		JsonNode comment = receiver.received()
			.stream()
			.map(callback -> Json.read(callback.body()))
			.filter(body -> body.path("type").asString().equals("RCS_SENDER_COMMENT_ADDED"))
			.findFirst()
			.orElseThrow();
		assertThat(comment.path("comment").asString()).isEqualTo(RcsSendersApi.CHANGES_COMMENT);
		JsonNode activities = client.get(project, "/rcs/senders/" + id + "/activities").json();
		assertThat(activities.path("notifications").get(0).path("type").asString()).isEqualTo("COMMENT_ADDED");
		assertThat(activities.path("notifications").get(0).path("author").asString()).isEqualTo("Sinch");
		assertThat(activities.path("notifications").get(0).path("comment").asString())
			.isEqualTo(RcsSendersApi.CHANGES_COMMENT);

		client.patch(project, "/rcs/senders/" + id, "{\"details\": {\"brand\": {\"name\": \"Shop\"}}}");
		client.post(project, "/rcs/senders/" + id + "/launch", "");
		sandbox.advance(STEP.multipliedBy(6));
		assertThat(sender(id).path("state").asString()).isEqualTo("LAUNCHED");
	}

	@Test
	void testNumbersAreInvitedReadRetriedAndDeleted() {
		String id = create(launchable("Shop", "[\"FR\"]"));
		sandbox.advance(STEP.multipliedBy(2));

		Reply added = client.post(project, "/rcs/senders/" + id + "/testNumbers",
				"{\"testNumbers\": [\"+48600100300\", \"+48600200300\"]}");
		assertThat(added.status()).isEqualTo(200);
		assertThat(PublishedSchemas.RCS_TEST_NUMBERS.missingFrom(added.json())).isEmpty();
		assertThat(added.json().path("testNumbers").findValuesAsString("number")).containsExactly("+48600110000",
				"+48600100300", "+48600200300");
		assertThat(added.json().path("testNumbers").findValuesAsString("state")).containsExactly("DECLINED",
				"UNVERIFIED", "UNVERIFIED");

		sandbox.advance(STEP);
		assertThat(client.get(project, "/rcs/senders/" + id + "/testNumbers/+48600200300").json().path("state")
			.asString()).isEqualTo("VERIFIED");
		Reply retried = client.get(project, "/rcs/senders/" + id + "/testNumbers/+48600110000/retry");
		assertThat(retried.json().path("state").asString()).isEqualTo("UNVERIFIED");
		assertThat(client.get(project, "/rcs/senders/" + id + "/testNumbers/+48600200300/retry").errorCode())
			.isEqualTo("test_number_already_verified");

		assertThat(client.delete(project, "/rcs/senders/" + id + "/testNumbers/+48600200300").status()).isEqualTo(204);
		assertThat(client.get(project, "/rcs/senders/" + id + "/testNumbers/+48600200300").errorCode())
			.isEqualTo("test_number_not_found");
		assertThat(Json.strings(sender(id).path("details").path("testNumbers"))).containsExactly("+48600110000",
				"+48600100300");
		assertThat(client.get(project, "/rcs/senders/" + id + "/testNumbers/600200300").errorCode())
			.isEqualTo("invalid_input");
	}

	@Test
	void testerRequestsAreLimitedToTwentyADay() {
		String id = create(launchable("Shop", "[\"FR\"]"));
		StringBuilder numbers = new StringBuilder();
		for (int i = 0; i < 18; i++) {
			numbers.append(i == 0 ? "" : ", ").append("\"+4860030").append(String.format("%04d", i)).append('"');
		}
		assertThat(client.post(project, "/rcs/senders/" + id + "/testNumbers", "{\"testNumbers\": [" + numbers + "]}")
			.status()).isEqualTo(200);

		Reply refused = client.post(project, "/rcs/senders/" + id + "/testNumbers", "{\"testNumbers\": [\"+48600999999\"]}");

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.errorCode()).isEqualTo("too_many_tester_requests");
		clock.advance(Duration.ofDays(1).plusSeconds(1));
		assertThat(client.post(project, "/rcs/senders/" + id + "/testNumbers", "{\"testNumbers\": [\"+48600999999\"]}")
			.status()).isEqualTo(200);
	}

	@Test
	void unknownAndMalformedSenderIdsAndCommentsAnswerLikeSinch() {
		assertThat(client.get(project, "/rcs/senders/nope").errorCode()).isEqualTo("invalid_id_format");
		assertThat(client.get(project, "/rcs/senders/" + Ids.uuid()).errorCode()).isEqualTo("sender_not_found");

		String id = create(launchable("Shop", "[\"FR\"]"));
		Reply comment = client.post(project, "/rcs/senders/" + id + "/comments", "{\"comment\": \"Please hurry\"}");
		assertThat(comment.status()).isEqualTo(201);
		assertThat(PublishedSchemas.COMMENT.missingFrom(comment.json())).isEmpty();
		sandbox.tick();
		assertThat(callbackTypes()).contains("RCS_SENDER_COMMENT_ADDED:IN_PROGRESS");
	}

	@Test
	void theQuestionsOfAUseCaseIncludeThoseOfTheCountriesAskedFor() {
		JsonNode questions = client.get(project, "/rcs/questionnaire/PROMOTIONAL?countries=GB&countries=FR").json();

		assertThat(PublishedSchemas.RCS_QUESTIONS.missingFrom(questions)).isEmpty();
		assertThat(questions.path("general").path("questions").propertyNames()).containsExactlyElementsOf(
				RcsSendersApi.GENERAL_QUESTIONS);
		assertThat(questions.path("gb").path("questions").path("brandIndustry").path("question").asString()).isNotBlank();
		assertThat(client.get(project, "/rcs/questionnaire/PROMOTIONAL").json().has("gb")).isFalse();
		assertThat(client.get(project, "/rcs/questionnaire/SPAM").errorCode()).isEqualTo("invalid_input");
		assertThat(client.get(project, "/rcs/questionnaire/OTP?countries=XX").errorCode()).isEqualTo("invalid_input");
	}

	@Test
	void faultsApplyToRcsSendersAsToEveryOtherResource() {
		sandbox.faults().add(FaultRule.status("/v1/projects/*/rcs/senders", 503).forMethod("POST").times(1));

		assertThat(client.post(project, "/rcs/senders", launchable("Shop", "[\"FR\"]")).status()).isEqualTo(503);
		assertThat(client.post(project, "/rcs/senders", launchable("Shop", "[\"FR\"]")).status()).isEqualTo(201);
	}

}
