package com.provisioningportal.portal.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.provisioningportal.portal.gateway.webhooks.NewWebhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.provisioningportal.portal.gateway.GatewayFixture.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries on the computed schedule (the recording sleeper moves the clock), errors, deadline and circuit breaker. */
class GatewayResilienceTests {

	private static final String WEBHOOKS = "/v1/projects/" + PROJECT + "/webhooks";

	private static final String WEBHOOK = WEBHOOKS + "/7c60ce550f1d40198d5ffb113d58591b";

	private static final String SENDERS = "/v1/projects/" + PROJECT + "/whatsapp/senders";

	private static final String EMPTY_LIST = "{\"totalSize\":0,\"pageSize\":15,\"webhooks\":[]}";

	private GatewayFixture fixture = new GatewayFixture(AuthMode.BASIC);

	@AfterEach
	void stop() {
		fixture.close();
	}

	private void sequence(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder... answers) {
		String state = Scenario.STARTED;
		for (int i = 0; i < answers.length; i++) {
			String next = "answer-" + (i + 1);
			fixture.sinch.stubFor(any(urlPathEqualTo(path)).inScenario(path)
				.whenScenarioStateIs(state)
				.willReturn(answers[i])
				.willSetStateTo(next));
			state = next;
		}
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder papi(int status, String errorCode) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"errorCode\":\"" + errorCode + "\",\"message\":\"Message of " + errorCode
					+ "\",\"resolution\":\"Resolution of " + errorCode
					+ "\",\"additionalInformation\":{\"validationErrors\":[\"target must be a URL address\"]}}");
	}

	@Test
	void aReadIsRetriedOnServerErrorsAndRateLimitsHonouringRetryAfter() {
		// HTTP dates have whole seconds
		fixture.clock.set(fixture.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		String inSixSeconds = DateTimeFormatter.RFC_1123_DATE_TIME
			.format(fixture.clock.instant().plusSeconds(6).atOffset(ZoneOffset.UTC));
		sequence(WEBHOOKS, papi(500, "internal_error"), papi(429, "too_many_requests").withHeader("Retry-After", "3"),
				aResponse().withStatus(429).withHeader("Retry-After", inSixSeconds), okJson(EMPTY_LIST));

		assertThat(fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()).items()).isEmpty();

		assertThat(fixture.sleeps).hasSize(3);
		assertThat(fixture.sleeps.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
		assertThat(fixture.sleeps.get(1)).isEqualTo(Duration.ofSeconds(3));
		// the HTTP date is read against the clock, which the first two waits moved forward
		Duration firstTwo = fixture.sleeps.get(0).plus(fixture.sleeps.get(1));
		assertThat(fixture.sleeps.get(2)).isEqualTo(Duration.ofSeconds(6).minus(firstTwo));
		assertThat(fixture.meters.get("sinch.gateway.retries").tag("reason", "RATE_LIMITED").counter().count())
			.isEqualTo(2);
		assertThat(fixture.meters.get("sinch.gateway.calls")
			.tag("operation", "webhooks.list")
			.tag("uri", "/v1/projects/{projectId}/webhooks")
			.tag("outcome", "SUCCESS")
			.timer()
			.count()).isEqualTo(1);
	}

	@Test
	void aReadGivesUpAfterThreeRetriesWithTheLastAnswer() {
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(papi(503, "internal_error")));

		assertThatThrownBy(() -> fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> {
				assertThat(ex.status()).isEqualTo(503);
				assertThat(ex.errorCode()).isEqualTo("internal_error");
			});
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(4);
		assertThat(fixture.sleeps).hasSize(3);
	}

	@Test
	void businessRuleTooManyRequestsAreNotRetried() {
		fixture.sinch.stubFor(post(urlPathEqualTo(SENDERS + "/s1/register"))
			.willReturn(papi(429, "sender-already-registered").withHeader("Retry-After", "1")));

		assertThatThrownBy(() -> fixture.senders.registerSender(PROJECT, "s1", "SMS"))
			.isInstanceOfSatisfying(SinchApiException.class,
					ex -> assertThat(ex.errorCode()).isEqualTo("sender-already-registered"));
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(1);
		assertThat(fixture.sleeps).isEmpty();
	}

	@Test
	void aCreateIsRetriedAfterARateLimitButNotAfterAServerError() {
		sequence(WEBHOOKS, aResponse().withStatus(429), papi(500, "internal_error"));
		assertThatThrownBy(() -> fixture.webhooks.createWebhook(PROJECT,
				new NewWebhook("https://portal.example/cb", "secret", java.util.List.of("ALL"))))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> assertThat(ex.status()).isEqualTo(500));
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(2);
	}

	@Test
	void aCreateIsNotRetriedAfterAReadTimeout() {
		fixture.close();
		fixture = new GatewayFixture(AuthMode.BASIC, Duration.ofMillis(300), null, Duration.ofSeconds(30));
		fixture.sinch.stubFor(post(urlPathEqualTo(WEBHOOKS)).willReturn(okJson("{}").withFixedDelay(2000)));

		assertThatThrownBy(() -> fixture.webhooks.createWebhook(PROJECT,
				new NewWebhook("https://portal.example/cb", "secret", java.util.List.of("ALL"))))
			.isInstanceOfSatisfying(SinchUnreachableException.class, ex -> assertThat(ex.circuitOpen()).isFalse());
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(1);
		assertThat(fixture.sleeps).isEmpty();
	}

	@Test
	void aCreateIsRetriedWhenTheConnectionWasRefused() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		fixture.close();
		fixture = new GatewayFixture(AuthMode.BASIC, Duration.ofSeconds(2), URI.create("http://127.0.0.1:" + closedPort),
				Duration.ofSeconds(30));

		assertThatThrownBy(() -> fixture.webhooks.createWebhook(PROJECT,
				new NewWebhook("https://portal.example/cb", "secret", java.util.List.of("ALL"))))
			.isInstanceOf(SinchUnreachableException.class)
			.hasMessageContaining("could not connect");
		assertThat(fixture.sleeps).hasSize(3);
	}

	@Test
	void aDeleteAnsweredNotFoundAfterARetryCountsAsDone() {
		sequence(WEBHOOK, aResponse().withStatus(502), papi(404, "webhook_not_found"));
		fixture.webhooks.deleteWebhook(PROJECT, "7c60ce550f1d40198d5ffb113d58591b");
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(2);

		fixture.sinch.resetAll();
		fixture.sinch.stubFor(delete(urlPathEqualTo(WEBHOOK)).willReturn(papi(404, "webhook_not_found")));
		assertThatThrownBy(() -> fixture.webhooks.deleteWebhook(PROJECT, "7c60ce550f1d40198d5ffb113d58591b"))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> assertThat(ex.status()).isEqualTo(404));
	}

	@Test
	void papiErrorsAreMappedWithAllTheirFields() {
		fixture.sinch.stubFor(post(urlPathEqualTo(WEBHOOKS)).willReturn(papi(400, "invalid_input")));
		assertThatThrownBy(() -> fixture.webhooks.createWebhook(PROJECT,
				new NewWebhook("not a url", "secret", java.util.List.of("ALL"))))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.errorCode()).isEqualTo("invalid_input");
				assertThat(ex.sinchMessage()).isEqualTo("Message of invalid_input");
				assertThat(ex.resolution()).isEqualTo("Resolution of invalid_input");
				assertThat(ex.additionalInformation()).containsEntry("validationErrors",
						java.util.List.of("target must be a URL address"));
				assertThat(ex.getMessage()).isEqualTo("Sinch answered 400 invalid_input: Message of invalid_input"
						+ " Resolution: Resolution of invalid_input");
				assertThat(ex.projectId()).isEqualTo(PROJECT);
			});
	}

	@Test
	void aBodyThatIsNotAPapiErrorStillGivesAClearMessage() {
		fixture.sinch.stubFor(get(urlPathEqualTo(SENDERS + "/s1"))
			.willReturn(aResponse().withStatus(403).withHeader("Content-Type", "text/html").withBody("<h1>nope</h1>")));
		assertThatThrownBy(() -> fixture.senders.getSender(PROJECT, "s1"))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> {
				assertThat(ex.errorCode()).isNull();
				assertThat(ex.status()).isEqualTo(403);
				assertThat(ex.getMessage()).isEqualTo("Sinch answered HTTP 403 without an error description (text/html)");
			});
	}

	@Test
	void retriesStopWhenTheNextWaitWouldPassTheCallDeadline() {
		fixture.close();
		fixture = new GatewayFixture(AuthMode.BASIC, Duration.ofSeconds(2), null, Duration.ofSeconds(15));
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "10")));

		assertThatThrownBy(() -> fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> assertThat(ex.status()).isEqualTo(429));
		assertThat(fixture.sleeps).containsExactly(Duration.ofSeconds(10));
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(2);
	}

	@Test
	void theCircuitOpensAfterSustainedFailuresFailsFastAndRecovers() {
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(aResponse().withStatus(500)));
		// one read makes four attempts; the fifth failed attempt reaches the minimum and opens the circuit
		assertThatThrownBy(() -> fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()))
			.isInstanceOf(SinchApiException.class);
		assertThatThrownBy(() -> fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()))
			.isInstanceOfSatisfying(SinchUnreachableException.class, ex -> assertThat(ex.circuitOpen()).isTrue());
		int attempts = fixture.sinch.getAllServeEvents().size();
		assertThat(attempts).isEqualTo(5);
		assertThat(fixture.meters.get("sinch.gateway.circuit.state").tag("project", PROJECT).gauge().value())
			.isEqualTo(2);

		assertThatThrownBy(() -> fixture.senders.getSender(PROJECT, "s1"))
			.isInstanceOfSatisfying(SinchUnreachableException.class, ex -> assertThat(ex.circuitOpen()).isTrue());
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(attempts);

		fixture.sinch.resetAll();
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(okJson(EMPTY_LIST)));
		fixture.clock.advance(Duration.ofSeconds(31));
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
		assertThat(fixture.meters.get("sinch.gateway.circuit.state").tag("project", PROJECT).gauge().value())
			.isEqualTo(0);
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
	}

	@Test
	void clientErrorsDoNotOpenTheCircuit() {
		fixture.sinch.stubFor(any(anyUrl()).willReturn(papi(409, "webhook_exists")));
		for (int i = 0; i < 10; i++) {
			assertThatThrownBy(() -> fixture.webhooks.getWebhook(PROJECT, "7c60ce550f1d40198d5ffb113d58591b"))
				.isInstanceOf(SinchApiException.class);
		}
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(10);
	}

}
