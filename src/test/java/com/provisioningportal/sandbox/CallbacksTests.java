package com.provisioningportal.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.provisioningportal.sandbox.CallbackReceiver.Received;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CallbacksTests extends SandboxTestSupport {

	private CallbackReceiver receiver;

	private SandboxProject project;

	@BeforeEach
	void receiveCallbacks() throws Exception {
		receiver = new CallbackReceiver();
		project = sandbox.addOnboardedProject("Shop");
	}

	@AfterEach
	void stopReceiving() {
		receiver.close();
	}

	private void subscribe(String triggers) {
		client.post(project, "/webhooks", """
				{"target": "%s", "secret": "webhook-secret", "triggers": %s}
				""".formatted(receiver.url(), triggers));
	}

	@Test
	void postsTheEventSignedWithTheWebhookSecret() {
		subscribe("[\"ALL\"]");

		String senderId = activeSender(project, "1000001");

		List<Received> callbacks = receiver.received();
		assertThat(callbacks).hasSize(1);
		Received callback = callbacks.get(0);
		JsonNode body = Json.read(callback.body());
		assertThat(body.path("type").asString()).isEqualTo("WHATSAPP_SENDER_ACTIVE");
		assertThat(body.path("payload").path("id").asString()).isEqualTo(senderId);
		assertThat(body.path("payload").path("state").asString()).isEqualTo("ACTIVE");
		assertThat(body.has("comment")).isFalse();
		assertThat(callback.header("x-sinch-webhook-signature-algorithm")).isEqualTo("HmacSHA256");
		assertThat(callback.header("x-sinch-webhook-signature-timestamp"))
			.isEqualTo(String.valueOf(clock.instant().getEpochSecond()));
		String expected = Callbacks.sign("webhook-secret", callback.body(),
				callback.header("x-sinch-webhook-signature-nonce"),
				callback.header("x-sinch-webhook-signature-timestamp"));
		assertThat(callback.header("x-sinch-webhook-signature")).isEqualTo(expected);
	}

	@Test
	void theSignatureIsBase64HmacSha256OverBodyNonceAndTimestamp() throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec("secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String manual = Base64.getEncoder()
			.encodeToString(mac.doFinal("{}.nonce.1592227387".getBytes(StandardCharsets.UTF_8)));

		assertThat(Callbacks.sign("secret", "{}", "nonce", "1592227387")).isEqualTo(manual);
	}

	@Test
	void onlyWebhooksWhoseTriggersMatchGetTheEvent() {
		subscribe("[\"WHATSAPP_TEMPLATE_APPROVED\"]");

		activeSender(project, "1000002");

		assertThat(receiver.received()).isEmpty();
		assertThat(sandbox.deliveries()).isEmpty();
	}

	@Test
	void commentEventsCarryTheComment() {
		subscribe("[\"WHATSAPP_SENDER_COMMENT_ADDED\"]");
		String senderId = activeSender(project, "1000003");

		client.post(project, "/whatsapp/senders/" + senderId + "/comments", "{\"comment\": \"Please check\"}");
		sandbox.tick();

		JsonNode body = Json.read(receiver.received().get(0).body());
		assertThat(body.path("type").asString()).isEqualTo("WHATSAPP_SENDER_COMMENT_ADDED");
		assertThat(body.path("comment").asString()).isEqualTo("Please check");
	}

	@Test
	void retriesAFailingTargetWithDoublingCappedWaitsAndAFreshNonceEachTime() {
		subscribe("[\"WHATSAPP_SENDER_ACTIVE\"]");
		receiver.answerNext(500, 503);

		activeSender(project, "1000004");
		sandbox.advance(Duration.ofSeconds(9));
		assertThat(receiver.received()).hasSize(1);
		sandbox.advance(Duration.ofSeconds(1));
		assertThat(receiver.received()).hasSize(2);
		sandbox.advance(Duration.ofSeconds(20));

		List<Received> attempts = receiver.received();
		assertThat(attempts).hasSize(3);
		assertThat(attempts).extracting(attempt -> attempt.header("x-sinch-webhook-signature-nonce"))
			.doesNotHaveDuplicates();
		CallbackDelivery delivery = sandbox.deliveries().get(0);
		assertThat(delivery.status()).isEqualTo("DELIVERED");
		assertThat(delivery.attempts()).extracting(CallbackDelivery.Attempt::httpStatus).containsExactly(500, 503, 200);
	}

	@Test
	void givesUpAfterTheLastAttemptAndRecordsIt() {
		subscribe("[\"ALL\"]");
		receiver.answerNext(500, 500, 500, 500, 500);

		activeSender(project, "1000005");
		for (int i = 0; i < 6; i++) {
			sandbox.advance(Duration.ofMinutes(5));
		}

		CallbackDelivery delivery = sandbox.deliveries().get(0);
		assertThat(delivery.status()).isEqualTo("FAILED");
		assertThat(delivery.attempts()).hasSize(5);
		assertThat(receiver.received()).hasSize(5);
	}

	@Test
	void theRetryWaitDoublesUpToTheCap() {
		Callbacks callbacks = new Callbacks(new SandboxCore(SandboxOptions.forTests(clock)
			.withCallbackRetries(Duration.ofSeconds(10), Duration.ofSeconds(60), 10)));

		assertThat(List.of(1, 2, 3, 4, 5).stream().map(callbacks::retryDelay).toList()).containsExactly(
				Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(60),
				Duration.ofSeconds(60));
	}

	@Test
	void anUnreachableTargetIsRecordedAsFailedAttempts() {
		client.post(project, "/webhooks", """
				{"target": "http://127.0.0.1:9/nothing-listens", "secret": "s", "triggers": ["ALL"]}
				""");

		activeSender(project, "1000006");

		CallbackDelivery.Attempt attempt = sandbox.deliveries().get(0).attempts().get(0);
		assertThat(attempt.httpStatus()).isZero();
		assertThat(attempt.error()).isNotBlank();
	}

}
