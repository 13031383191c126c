package com.provisioningportal.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Operators of a launching RCS sender can be made to decide now, over HTTP as JSON, from the page's form or in Java. */
class RcsDecisionsControlTests extends SandboxTestSupport {

	private static final Duration STEP = Duration.ofSeconds(30);

	private static final String OPERATOR_UPDATED = "RCS_SENDER_OPERATOR_STATUS_UPDATED";

	private SandboxProject project;

	private CallbackReceiver receiver;

	@BeforeEach
	void projectWithWebhook() throws Exception {
		project = sandbox.addProject("Shop");
		receiver = new CallbackReceiver();
		client.post(project, "/webhooks", """
				{"target": "%s", "secret": "webhook-secret", "triggers": ["RCS_SENDER_STATUS_UPDATED",
				 "RCS_SENDER_OPERATOR_STATUS_UPDATED"]}
				""".formatted(receiver.url()));
	}

	@AfterEach
	void stopReceiving() {
		receiver.close();
	}

	/**
	 * Senders launched together, each given as brand name and countries, through Sinch's review: every operator of
	 * their countries PENDING, and no step of the operators yet.
	 */
	private List<String> launching(String... namesAndCountries) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < namesAndCountries.length; i += 2) {
			ids.add(client.post(project, "/rcs/senders",
					RcsSendersApiTests.launchable(namesAndCountries[i], namesAndCountries[i + 1]))
				.json()
				.path("id")
				.asString());
		}
		sandbox.advance(STEP);
		ids.forEach(id -> client.post(project, "/rcs/senders/" + id + "/launch", ""));
		sandbox.advance(STEP);
		ids.forEach(id -> assertThat(sender(id).path("state").asString()).isEqualTo("LAUNCHING"));
		return ids;
	}

	private String launching(String name, String countries) {
		return launching(new String[] { name, countries }).get(0);
	}

	private JsonNode sender(String id) {
		return client.get(project, "/rcs/senders/" + id).json();
	}

	private Reply decide(String json) {
		return client.call("POST", "/_sandbox/rcs-decisions", null, json);
	}

	private Reply decide(String senderId, String country, String fields) {
		return decide("""
				{"projectId": "%s", "senderId": "%s", "country": "%s", %s}
				""".formatted(project.id(), senderId, country, fields));
	}

	private List<CallbackDelivery> queued(String type) {
		return sandbox.deliveries()
			.stream()
			.filter(delivery -> delivery.projectId().equals(project.id()) && delivery.type().equals(type))
			.toList();
	}

	private static JsonNode operators(JsonNode sender, int country) {
		return sender.path("countryStatus").get(country).path("operators");
	}

	@Test
	void aWholeCountryForcedToRejectedIsRejectedWithTheRemarkAndEachOperatorsCallbackIsSentSigned() {
		String id = launching("Shop", "[\"FR\", \"DE\"]");
		clock.advance(Duration.ofSeconds(5));
		int operatorCallbacks = queued(OPERATOR_UPDATED).size();
		int stateCallbacks = queued("RCS_SENDER_STATUS_UPDATED").size();

		Reply decided = decide(id, "FR", "\"status\": \"REJECTED\", \"remark\": \"Logo too small\"");

		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		JsonNode shown = sender(id);
		assertThat(decided.json()).isEqualTo(shown);
		assertThat(shown.path("state").asString()).isEqualTo("LAUNCHING");
		assertThat(shown.path("countryStatus").get(0).path("status").asString()).isEqualTo("REJECTED");
		assertThat(operators(shown, 0).findValuesAsString("status")).containsOnly("REJECTED").hasSize(4);
		assertThat(operators(shown, 0).findValuesAsString("remark")).containsOnly("Logo too small").hasSize(4);
		assertThat(operators(shown, 0).findValuesAsString("modified")).containsOnly(Json.timestamp(clock.instant()));
		assertThat(shown.path("modified").asString()).isEqualTo(Json.timestamp(clock.instant()));
		assertThat(shown.path("countryStatus").get(1).path("status").asString()).as("DE untouched").isEqualTo("PENDING");
		assertThat(operators(shown, 1).findValuesAsString("status")).containsOnly("PENDING");

		List<CallbackDelivery> callbacks = queued(OPERATOR_UPDATED);
		assertThat(callbacks).hasSize(operatorCallbacks + 4);
		JsonNode last = Json.read(callbacks.get(callbacks.size() - 1).body());
		assertThat(last.path("payload").path("countryStatus").get(0).path("status").asString()).isEqualTo("REJECTED");
		assertThat(queued("RCS_SENDER_STATUS_UPDATED")).as("the sender's state did not change").hasSize(stateCallbacks);

		sandbox.tick();
		List<Received> received = receiver.received()
			.stream()
			.filter(callback -> Json.read(callback.body()).path("type").asString().equals(OPERATOR_UPDATED))
			.toList();
		assertThat(received).hasSize(4);
		Received signed = received.get(3);
		assertThat(signed.header("x-sinch-webhook-signature")).isEqualTo(Callbacks.sign("webhook-secret", signed.body(),
				signed.header("x-sinch-webhook-signature-nonce"), signed.header("x-sinch-webhook-signature-timestamp")));
	}

	@Test
	void oneOperatorForcedToLaunchLaunchesTheCountryAndLaterStepsDecideOnlyThoseStillPending() {
		String id = launching("Rejected shop", "[\"FR\"]");

		JsonNode decided = sandbox.rcsOperatorDecides(project.id(), id, "FR", "Free", "LAUNCHED");

		assertThat(decided.path("state").asString()).isEqualTo("LAUNCHING");
		assertThat(decided.path("countryStatus").get(0).path("status").asString()).isEqualTo("LAUNCHED");
		assertThat(operators(decided, 0).findValuesAsString("status")).containsExactly("PENDING", "PENDING", "PENDING",
				"LAUNCHED");
		assertThat(operators(decided, 0).get(3).has("remark")).isFalse();
		assertThat(queued(OPERATOR_UPDATED)).hasSize(1);

		sandbox.advance(STEP.multipliedBy(2));
		JsonNode twoSteps = sender(id);
		assertThat(operators(twoSteps, 0).findValuesAsString("status")).as("the brand name rules the others")
			.containsExactly("REJECTED", "REJECTED", "PENDING", "LAUNCHED");
		assertThat(twoSteps.path("state").asString()).isEqualTo("LAUNCHING");

		sandbox.advance(STEP);
		JsonNode done = sender(id);
		assertThat(operators(done, 0).findValuesAsString("status")).containsExactly("REJECTED", "REJECTED", "REJECTED",
				"LAUNCHED");
		assertThat(done.path("countryStatus").get(0).path("status").asString()).isEqualTo("LAUNCHED");
		assertThat(done.path("state").asString()).as("no operator left pending, one country launched").isEqualTo("LAUNCHED");
		assertThat(queued(OPERATOR_UPDATED)).hasSize(4);
	}

	@Test
	void forcingEveryOperatorStillPendingEndsTheSenderAndLaterStepsChangeNothing() {
		List<String> ids = launching("Shop", "[\"FR\", \"DE\"]", "Rejected shop", "[\"PL\"]");
		String refused = ids.get(0);
		String launched = ids.get(1);

		sandbox.rcsCountryDecides(project.id(), refused, "FR", "REJECTED");
		assertThat(sender(refused).path("state").asString()).as("DE still pending").isEqualTo("LAUNCHING");
		JsonNode unlaunched = sandbox.rcsCountryDecides(project.id(), refused, "DE", "REJECTED");
		JsonNode launchedAnyway = sandbox.rcsCountryDecides(project.id(), launched, "PL", "LAUNCHED");

		assertThat(unlaunched.path("state").asString()).isEqualTo("UNLAUNCHED");
		assertThat(unlaunched.path("countryStatus").get(0).path("status").asString()).isEqualTo("REJECTED");
		assertThat(unlaunched.path("countryStatus").get(1).path("status").asString()).isEqualTo("REJECTED");
		assertThat(operators(unlaunched, 1).findValuesAsString("remark")).containsOnly(RcsSendersApi.OPERATOR_REMARK)
			.hasSize(3);
		assertThat(launchedAnyway.path("state").asString()).as("whatever the brand name says").isEqualTo("LAUNCHED");
		assertThat(operators(launchedAnyway, 0).findValuesAsString("status")).containsOnly("LAUNCHED").hasSize(4);
		assertThat(queued("RCS_SENDER_STATUS_UPDATED")).extracting(
				delivery -> Json.read(delivery.body()).path("payload").path("state").asString())
			.endsWith("UNLAUNCHED", "LAUNCHED");
		int operatorCallbacks = queued(OPERATOR_UPDATED).size();

		sandbox.advance(STEP.multipliedBy(3));

		assertThat(sender(refused).path("state").asString()).isEqualTo("UNLAUNCHED");
		assertThat(sender(launched).path("state").asString()).isEqualTo("LAUNCHED");
		assertThat(queued(OPERATOR_UPDATED)).hasSize(operatorCallbacks);
	}

	@Test
	void whatCannotBeDecidedIsRefusedWithWhy() {
		String id = launching("Shop", "[\"FR\"]");
		sandbox.rcsOperatorDecides(project.id(), id, "FR", "Orange", "LAUNCHED");

		Reply unknownProject = decide("""
				{"projectId": "%s", "senderId": "%s", "country": "FR", "status": "LAUNCHED"}""".formatted(Ids.uuid(), id));
		assertThat(unknownProject.status()).isEqualTo(404);
		assertThat(unknownProject.errorCode()).isEqualTo("project_not_found");
		assertThat(decide(Ids.uuid(), "FR", "\"status\": \"LAUNCHED\"").errorCode()).isEqualTo("sender_not_found");
		Reply unknownCountry = decide(id, "DE", "\"status\": \"LAUNCHED\"");
		assertThat(unknownCountry.status()).isEqualTo(404);
		assertThat(unknownCountry.errorCode()).isEqualTo("country_not_found");
		assertThat(unknownCountry.json().path("resolution").asString()).contains("FR");
		Reply unknownOperator = decide(id, "FR", "\"operator\": \"Telekom\", \"status\": \"LAUNCHED\"");
		assertThat(unknownOperator.status()).isEqualTo(404);
		assertThat(unknownOperator.errorCode()).isEqualTo("operator_not_found");
		assertThat(unknownOperator.json().path("resolution").asString()).contains("Orange, SFR, Bouygues, Free");
		Reply decided = decide(id, "FR", "\"operator\": \"Orange\", \"status\": \"REJECTED\"");
		assertThat(decided.status()).isEqualTo(409);
		assertThat(decided.errorCode()).isEqualTo("operator_already_decided");
		assertThat(decided.json().path("message").asString()).contains("Orange", "LAUNCHED");
		Reply badStatus = decide(id, "FR", "\"status\": \"SUSPENDED\"");
		assertThat(badStatus.status()).isEqualTo(400);
		assertThat(badStatus.errorCode()).isEqualTo("invalid_status");
		assertThat(decide(id, "FR", "\"status\": \"LAUNCHED\", \"remark\": \"Fine\"").errorCode())
			.isEqualTo("invalid_remark");
		assertThat(decide("{\"projectId\": \"" + project.id() + "\", \"status\": \"LAUNCHED\"}").errorCode())
			.isEqualTo("invalid_input");

		sandbox.rcsCountryDecides(project.id(), id, "FR", "LAUNCHED");
		Reply ended = decide(id, "FR", "\"status\": \"LAUNCHED\"");
		assertThat(ended.status()).isEqualTo(409);
		assertThat(ended.errorCode()).isEqualTo("sender_not_launching");
		assertThat(ended.json().path("message").asString()).contains("LAUNCHED");

		String inReview = client.post(project, "/rcs/senders", RcsSendersApiTests.launchable("Shop", "[\"FR\"]"))
			.json()
			.path("id")
			.asString();
		sandbox.advance(STEP);
		assertThat(decide(inReview, "FR", "\"status\": \"LAUNCHED\"").errorCode()).as("IN_TEST")
			.isEqualTo("sender_not_launching");
		client.post(project, "/rcs/senders/" + inReview + "/launch", "");
		Reply reviewing = decide(inReview, "FR", "\"status\": \"LAUNCHED\"");
		assertThat(reviewing.errorCode()).as("PREPARING_LAUNCH").isEqualTo("sender_not_launching");
		assertThat(reviewing.json().path("resolution").asString()).contains("review");

		assertThatThrownBy(() -> sandbox.rcsOperatorDecides(project.id(), id, "FR", "SFR", "LAUNCHED"))
			.hasMessageContaining("not LAUNCHING");
		assertThat(operators(sender(id), 0).findValuesAsString("status")).containsOnly("LAUNCHED");
	}

	@Test
	void theControlPageListsLaunchesAndItsFormDecidesAndComesBackToThePage() {
		String id = launching("Shop", "[\"DE\"]");

		String page = client.call("GET", "/_sandbox", null, null).body();
		assertThat(page).contains("action=\"/_sandbox/rcs-decisions\"", "name=\"operator\"", "<option>REJECTED</option>",
				id, "DE Telekom, DE Vodafone, DE O2");

		Reply form = SandboxClient.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/rcs-decisions"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("projectId=" + project.id() + "&senderId=" + id
					+ "&country=de&operator=Vodafone&status=REJECTED&remark=Not+in+our+network")));

		assertThat(form.status()).isEqualTo(303);
		assertThat(form.header("Location")).isEqualTo("/_sandbox");
		JsonNode vodafone = operators(sender(id), 0).get(1);
		assertThat(vodafone.path("status").asString()).isEqualTo("REJECTED");
		assertThat(vodafone.path("remark").asString()).isEqualTo("Not in our network");
		assertThat(client.call("GET", "/_sandbox", null, null).body()).contains("DE Telekom, DE O2");
	}

}
