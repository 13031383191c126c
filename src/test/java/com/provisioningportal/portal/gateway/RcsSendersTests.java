package com.provisioningportal.portal.gateway;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.provisioningportal.portal.gateway.rcs.NewRcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsActivity;
import com.provisioningportal.portal.gateway.rcs.RcsBrand;
import com.provisioningportal.portal.gateway.rcs.RcsCountryStatus;
import com.provisioningportal.portal.gateway.rcs.RcsLaunchQuestions;
import com.provisioningportal.portal.gateway.rcs.RcsQuestionnaire;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSenderFilter;
import com.provisioningportal.portal.gateway.rcs.RcsSenderUpdate;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;
import com.provisioningportal.portal.gateway.rcs.RcsTestNumber;
import com.provisioningportal.sandbox.FaultRule;
import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.PublishedSchemas;
import com.provisioningportal.sandbox.RecordedRequest;
import com.provisioningportal.sandbox.SandboxOptions;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.SinchSandbox;
import com.provisioningportal.testsupport.MutableClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The RCS sender client against the sandbox over real HTTP: each call's method, path and body as Sinch publishes
 * them, the answer parsed into the records, and Sinch's refusals as {@link SinchApiException}s with Sinch's words.
 */
class RcsSendersTests {

	private static final Duration STEP = Duration.ofSeconds(30);

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));

	private static SinchSandbox sandbox;

	private static RcsSenders senders;

	private static SandboxProject project;

	@BeforeAll
	static void gatewayAgainstTheSandbox() {
		sandbox = SinchSandbox.start(SandboxOptions.forTests(clock));
		project = sandbox.addProject("RCS shop");
		SinchCredentials credentials = new SinchCredentials(project.id(), project.keyId(), project.keySecret(),
				AuthMode.OAUTH2);
		GatewayConfiguration.Connection connection = GatewayConfiguration.build(
				GatewayFixture.settings(URI.create(sandbox.baseUrl()), URI.create(sandbox.tokenUrl()),
						Duration.ofSeconds(5), Duration.ofSeconds(30)),
				projectId -> Optional.of(credentials).filter(known -> known.projectId().equals(projectId)), clock,
				new SimpleMeterRegistry(), clock::advance);
		senders = new RcsSenders(connection.requests());
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	private int seen;

	@BeforeEach
	void markRequests() {
		seen = sandbox.requests().size();
	}

	/** The one request to the RCS API since the last call to this, skipping token requests. */
	private RecordedRequest lastCall() {
		List<RecordedRequest> calls = sandbox.requests()
			.subList(seen, sandbox.requests().size())
			.stream()
			.filter(request -> request.path().contains("/rcs/"))
			.toList();
		seen = sandbox.requests().size();
		assertThat(calls).hasSize(1);
		return calls.get(0);
	}

	private static NewRcsSender newSender(String name) {
		RcsBrand brand = new RcsBrand(name, "Shoes and more", "#112233", "https://shop.example.com/logo.png",
				"https://shop.example.com/banner.png", "https://shop.example.com/privacy",
				"https://shop.example.com/terms", List.of(new RcsBrand.Email("Support", "help@shop.example.com")),
				List.of(new RcsBrand.Phone("Helpdesk", "+48600100200")),
				List.of(new RcsBrand.Website("Shop", "https://shop.example.com")));
		RcsQuestionnaire questionnaire = new RcsQuestionnaire(
				new RcsQuestionnaire.General("At checkout", "Orders", "Offers", "Reply STOP",
						List.of("https://shop.example.com/demo.mp4")),
				new RcsQuestionnaire.Verification("Ann Smith", "ann@shop.example.com", "CEO", "https://shop.example.com"),
				null);
		return new NewRcsSender("EU", "NON_CONVERSATIONAL", "PROMOTIONAL", new RcsSender.Details(brand, null,
				List.of("+48600100300"), List.of("FR"), questionnaire));
	}

	@Test
	void createsReadsAndListsSendersWithTheBodyAndPathsSinchPublishes() {
		RcsSender created = senders.createSender(project.id(), newSender("Gateway shop"));

		RecordedRequest create = lastCall();
		assertThat(create.method()).isEqualTo("POST");
		assertThat(create.path()).isEqualTo("/v1/projects/" + project.id() + "/rcs/senders");
		assertThat(create.status()).isEqualTo(201);
		assertThat(Json.read(create.body())).isEqualTo(Json.read("""
				{"region": "EU", "billingCategory": "NON_CONVERSATIONAL", "useCase": "PROMOTIONAL",
				 "details": {"brand": {"name": "Gateway shop", "description": "Shoes and more", "color": "#112233",
				  "logoUrl": "https://shop.example.com/logo.png", "bannerUrl": "https://shop.example.com/banner.png",
				  "privacyPolicyUrl": "https://shop.example.com/privacy", "termsOfServiceUrl": "https://shop.example.com/terms",
				  "emails": [{"label": "Support", "address": "help@shop.example.com"}],
				  "phones": [{"label": "Helpdesk", "number": "+48600100200"}],
				  "websites": [{"label": "Shop", "url": "https://shop.example.com"}]},
				  "testNumbers": ["+48600100300"], "countries": ["FR"],
				  "questionnaire": {
				   "general": {"answers": {"optInDescription": "At checkout", "triggerDescription": "Orders",
				    "interactionsDescription": "Offers", "optOutDescription": "Reply STOP",
				    "videoUris": ["https://shop.example.com/demo.mp4"]}},
				   "verification": {"answers": {"name": "Ann Smith", "email": "ann@shop.example.com", "title": "CEO",
				    "website": "https://shop.example.com"}}}}}
				"""));
		assertThat(PublishedSchemas.RCS_SENDER.missingFrom(Json.read(create.answer()))).isEmpty();
		assertThat(created.state()).isEqualTo("IN_PROGRESS");
		assertThat(created.details().brand()).isEqualTo(newSender("Gateway shop").details().brand());
		assertThat(created.details().questionnaire()).isEqualTo(newSender("Gateway shop").details().questionnaire());
		assertThat(created.testNumberStates()).extracting(RcsTestNumber::number, RcsTestNumber::state)
			.containsExactly(Tuple.tuple("+48600100300", "UNVERIFIED"));
		assertThat(created.created()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.MILLIS));

		sandbox.advance(STEP);
		assertThat(senders.getSender(project.id(), created.id()).state()).isEqualTo("IN_TEST");
		assertThat(lastCall().path()).isEqualTo("/v1/projects/" + project.id() + "/rcs/senders/" + created.id());

		Page<RcsSender> page = senders.listSenders(project.id(),
				new RcsSenderFilter(List.of("IN_TEST"), "Gateway shop"), PageRequest.first(1));
		assertThat(page.items()).extracting(RcsSender::id).containsExactly(created.id());
		RecordedRequest list = lastCall();
		assertThat(list.path()).isEqualTo("/v1/projects/" + project.id() + "/rcs/senders");
		assertThat(list.query()).contains("filterStates=IN_TEST", "search=Gateway", "pageSize=1");
		assertThat(senders.allSenders(project.id(), new RcsSenderFilter(List.of(), "gateway sh")).map(RcsSender::id))
			.contains(created.id());
	}

	@Test
	void updatesTheBrandAndQuestionnaireAndLaunchesThroughEveryOperator() {
		String id = senders.createSender(project.id(), newSender("Launch shop")).id();
		sandbox.advance(STEP);
		markRequests();

		RcsSender updated = senders.updateSender(project.id(), id,
				new RcsSenderUpdate(Map.of("description", Change.to("Boots"), "phones", Change.clear()), null,
						List.of("FR", "DE"), null));

		RecordedRequest patch = lastCall();
		assertThat(patch.method()).isEqualTo("PATCH");
		assertThat(Json.read(patch.body())).isEqualTo(Json.read("""
				{"details": {"brand": {"description": "Boots", "phones": null}, "countries": ["FR", "DE"]}}"""));
		assertThat(updated.details().brand().description()).isEqualTo("Boots");
		assertThat(updated.details().brand().phones()).isNull();
		assertThat(updated.details().countries()).containsExactly("FR", "DE");

		RcsSender launched = senders.launchSender(project.id(), id);
		RecordedRequest launch = lastCall();
		assertThat(launch.method()).isEqualTo("POST");
		assertThat(launch.path()).isEqualTo("/v1/projects/" + project.id() + "/rcs/senders/" + id + "/launch");
		assertThat(launched.state()).isEqualTo("PREPARING_LAUNCH");

		sandbox.advance(STEP.multipliedBy(2));
		RcsSender launching = senders.getSender(project.id(), id);
		assertThat(launching.state()).isEqualTo("LAUNCHING");
		RcsCountryStatus france = launching.countryStatus().get(0);
		assertThat(france.country()).isEqualTo("FR");
		assertThat(france.status()).isEqualTo("LAUNCHED");
		assertThat(france.operators()).extracting(RcsCountryStatus.Operator::status)
			.containsExactly("LAUNCHED", "PENDING", "PENDING", "PENDING");
		assertThat(france.operators().get(0).modified()).isNotNull();

		sandbox.advance(STEP.multipliedBy(3));
		assertThat(senders.getSender(project.id(), id).state()).isEqualTo("LAUNCHED");
		assertThat(senders.senderActivities(project.id(), id, PageRequest.first()).items()).extracting(RcsActivity::type)
			.startsWith("LAUNCHED", "LAUNCHING", "PREPARING_LAUNCH");
	}

	@Test
	void savesAQuestionnairePartAndReadsTheLaunchQuestions() {
		String id = senders.createSender(project.id(), newSender("Questions shop")).id();
		markRequests();

		RcsQuestionnaire gb = new RcsQuestionnaire(null, null, Map.of("gb", Map.of("brandIndustry", "Retail")));
		RcsSender updated = senders.updateSender(project.id(), id, RcsSenderUpdate.questionnaire(gb));

		assertThat(Json.read(lastCall().body())).isEqualTo(Json.read("""
				{"details": {"questionnaire": {"gb": {"answers": {"brandIndustry": "Retail"}}}}}"""));
		assertThat(updated.details().questionnaire().countries()).containsEntry("gb", Map.of("brandIndustry", "Retail"));
		assertThat(updated.details().questionnaire().general().optOutDescription()).isEqualTo("Reply STOP");

		RcsLaunchQuestions questions = senders.launchQuestions(project.id(), "PROMOTIONAL", List.of("GB"));
		RecordedRequest read = lastCall();
		assertThat(read.path()).isEqualTo("/v1/projects/" + project.id() + "/rcs/questionnaire/PROMOTIONAL");
		assertThat(read.query()).isEqualTo("countries=GB");
		assertThat(questions.general()).containsKeys("optInDescription", "videoUris");
		assertThat(questions.verification()).containsKeys("name", "email", "title", "website");
		assertThat(questions.country("GB").get("brandIndustry").question()).isNotBlank();
		assertThat(questions.country("FR")).isEmpty();
	}

	@Test
	void invitesReadsRetriesAndDeletesTestNumbers() {
		String id = senders.createSender(project.id(), newSender("Testers shop")).id();
		sandbox.advance(STEP);
		markRequests();

		List<RcsTestNumber> states = senders.addTestNumbers(project.id(), id, List.of("+48600110000"));
		RecordedRequest add = lastCall();
		assertThat(add.path()).isEqualTo("/v1/projects/" + project.id() + "/rcs/senders/" + id + "/testNumbers");
		assertThat(Json.read(add.body())).isEqualTo(Json.read("{\"testNumbers\": [\"+48600110000\"]}"));
		assertThat(states).extracting(RcsTestNumber::number).containsExactly("+48600100300", "+48600110000");

		sandbox.advance(STEP);
		RcsTestNumber declined = senders.getTestNumber(project.id(), id, "+48600110000");
		assertThat(declined.state()).isEqualTo("DECLINED");
		assertThat(lastCall().path()).endsWith("/rcs/senders/" + id + "/testNumbers/+48600110000");
		assertThat(senders.retryTestNumber(project.id(), id, "+48600110000").state()).isEqualTo("UNVERIFIED");
		RecordedRequest retry = lastCall();
		assertThat(retry.method()).isEqualTo("GET");
		assertThat(retry.path()).endsWith("/testNumbers/+48600110000/retry");

		senders.deleteTestNumber(project.id(), id, "+48600110000");
		RecordedRequest delete = lastCall();
		assertThat(delete.method()).isEqualTo("DELETE");
		assertThat(delete.status()).isEqualTo(204);
		assertThat(senders.getSender(project.id(), id).testNumberStates()).extracting(RcsTestNumber::number)
			.containsExactly("+48600100300");
	}

	@Test
	void statesANewerSinchAddsAreKeptAsSinchSentThem() {
		String id = senders.createSender(project.id(), newSender("Newer shop")).id();
		sandbox.faults().add(FaultRule.newerVersion("/v1/projects/*/rcs/**").times(1));

		RcsSender newer = senders.getSender(project.id(), id);

		assertThat(newer.state()).isEqualTo("UNRECOGNIZED");
		assertThat(newer.testNumberStates()).extracting(RcsTestNumber::state).containsOnly("UNRECOGNIZED");
		assertThat(newer.details().brand().name()).isEqualTo("Newer shop");
	}

	@Test
	void sinchsRefusalsArriveAsSinchApiExceptionsWithSinchsMessage() {
		RcsSender bare = senders.createSender(project.id(), new NewRcsSender("EU", "CONVERSATIONAL", "OTP",
				new RcsSender.Details(new RcsBrand("Bare", null, null, null, null, null, null, null, null, null), null,
						null, null, null)));
		sandbox.advance(STEP);

		assertThatThrownBy(() -> senders.launchSender(project.id(), bare.id()))
			.isInstanceOfSatisfying(SinchApiException.class, refused -> {
				assertThat(refused.status()).isEqualTo(400);
				assertThat(refused.errorCode()).isEqualTo("sender_not_ready_for_launch");
				assertThat(refused.sinchMessage()).isEqualTo("Sender is not ready for launch.");
				assertThat(refused.additionalInformation().get("missingRequirements").toString())
					.contains("details.countries", "details.brand.logoUrl");
			});
		assertThatThrownBy(() -> senders.createSender(project.id(), new NewRcsSender("MARS", "CONVERSATIONAL", "OTP",
				new RcsSender.Details(new RcsBrand("Far", null, "red", null, null, null, null, null, null, null), null,
						null, null, null))))
			.isInstanceOfSatisfying(SinchApiException.class, refused -> {
				assertThat(refused.errorCode()).isEqualTo("invalid_input");
				assertThat(refused.additionalInformation().get("validationErrors").toString())
					.contains("region must be one of the following values: BR, EU, US")
					.contains("details.brand.color must be longer than or equal to 7 characters");
			});
		assertThatThrownBy(() -> senders.getTestNumber(project.id(), bare.id(), "+48600999999"))
			.isInstanceOfSatisfying(SinchApiException.class, refused -> {
				assertThat(refused.status()).isEqualTo(404);
				assertThat(refused.errorCode()).isEqualTo("test_number_not_found");
				assertThat(refused.sinchMessage()).isEqualTo("Test number not found.");
			});
	}

}
