package com.provisioningportal.portal.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.provisioningportal.portal.gateway.GatewayFixture.KEY_ID;
import static com.provisioningportal.portal.gateway.GatewayFixture.KEY_SECRET;
import static com.provisioningportal.portal.gateway.GatewayFixture.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bearer tokens per project: raw client credentials, reuse, single flight, refresh by clock and after "expired". */
class GatewayAuthenticationTests {

	private static final String WEBHOOKS = "/v1/projects/" + PROJECT + "/webhooks";

	private static final String EMPTY_LIST = "{\"totalSize\":0,\"pageSize\":15,\"webhooks\":[]}";

	private final GatewayFixture fixture = new GatewayFixture(AuthMode.OAUTH2);

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void oauth2SendsTheRawKeyAsBasicToTheTokenEndpointAndTheTokenAsBearer() {
		fixture.stubToken("token-1");
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(okJson(EMPTY_LIST)));

		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());

		String raw = Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes());
		fixture.sinch.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
			.withHeader("Authorization", equalTo("Basic " + raw))
			.withRequestBody(equalTo("grant_type=client_credentials")));
		fixture.sinch.verify(2, getRequestedFor(urlPathEqualTo(WEBHOOKS))
			.withHeader("Authorization", equalTo("Bearer token-1")));
		assertThat(fixture.meters.get("sinch.gateway.token.fetches").tag("outcome", "success").counter().count())
			.isEqualTo(1);
	}

	@Test
	void twoHundredConcurrentCallsWithoutATokenMakeOneTokenRequest() throws Exception {
		// the token endpoint is slow, so the calls certainly overlap while the token is being fetched
		fixture.sinch.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withFixedDelay(300)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(okJson(EMPTY_LIST)));

		int calls = 200;
		ExecutorService threads = Executors.newFixedThreadPool(calls);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Page<Webhook>>> results = new ArrayList<>();
		for (int i = 0; i < calls; i++) {
			results.add(threads.submit(() -> {
				start.await();
				return fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
			}));
		}
		start.countDown();
		for (Future<Page<Webhook>> result : results) {
			assertThat(result.get().items()).isEmpty();
		}
		threads.shutdown();

		assertThat(fixture.tokenRequests()).isEqualTo(1);
		fixture.sinch.verify(calls, getRequestedFor(urlPathEqualTo(WEBHOOKS))
			.withHeader("Authorization", equalTo("Bearer token-1")));
	}

	@Test
	void aTokenIsReusedUntilSixtySecondsBeforeItExpires() {
		fixture.sinch.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"))
			.willSetStateTo("second"));
		fixture.sinch.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens")
			.whenScenarioStateIs("second")
			.willReturn(okJson("{\"access_token\":\"token-2\",\"token_type\":\"bearer\",\"expires_in\":3600}")));
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(okJson(EMPTY_LIST)));

		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
		fixture.clock.advance(Duration.ofSeconds(3600 - 62));
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
		assertThat(fixture.tokenRequests()).isEqualTo(1);

		fixture.clock.advance(Duration.ofSeconds(4));
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());
		assertThat(fixture.tokenRequests()).isEqualTo(2);
		fixture.sinch.verify(1, getRequestedFor(urlPathEqualTo(WEBHOOKS))
			.withHeader("Authorization", equalTo("Bearer token-2")));
	}

	@Test
	void anExpiredTokenIsDroppedAndTheCallRepeatedOnceWithANewOne() {
		fixture.sinch.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson("{\"access_token\":\"token-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}"))
			.willSetStateTo("second"));
		fixture.sinch.stubFor(post(urlEqualTo("/oauth2/token")).inScenario("tokens")
			.whenScenarioStateIs("second")
			.willReturn(okJson("{\"access_token\":\"token-2\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).withHeader("Authorization", equalTo("Bearer token-1"))
			.willReturn(aResponse().withStatus(401)
				.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"Jwt expired\"")
				.withHeader("Content-Type", "application/json")
				.withBody("{\"errorCode\":\"unauthorized_error\",\"message\":\"Unauthorized error.\","
						+ "\"resolution\":\"Verify that projectId is correct.\"}")));
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).withHeader("Authorization", equalTo("Bearer token-2"))
			.willReturn(okJson(EMPTY_LIST)));

		assertThat(fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()).items()).isEmpty();
		assertThat(fixture.tokenRequests()).isEqualTo(2);
		assertThat(fixture.sleeps).isEmpty();
	}

	@Test
	void aSecondExpiredAnswerIsNotRepeatedAgain() {
		fixture.stubToken("token-1");
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(aResponse().withStatus(401)
			.withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"token expired\"")));

		assertThatThrownBy(() -> fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> assertThat(ex.status()).isEqualTo(401));
		fixture.sinch.verify(2, getRequestedFor(urlPathEqualTo(WEBHOOKS)));
		assertThat(fixture.tokenRequests()).isEqualTo(2);
	}

	@Test
	void aRefusedKeyIsReportedWithoutTheSecret() {
		fixture.sinch.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}")));

		assertThatThrownBy(() -> fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> {
				assertThat(ex.errorCode()).isEqualTo("invalid_client");
				assertThat(ex.getMessage()).contains(PROJECT).doesNotContain(KEY_SECRET);
			});
		assertThat(fixture.meters.get("sinch.gateway.token.fetches").tag("outcome", "failure").counter().count())
			.isEqualTo(1);
	}

	@Test
	void checkingNewCredentialsFetchesATokenAndReadsTheProjectWithoutCachingIt() {
		fixture.stubToken("token-check");
		fixture.sinch.stubFor(get(urlEqualTo(WEBHOOKS + "?pageSize=1")).willReturn(okJson(EMPTY_LIST)));
		String otherProject = "00000000-0000-4000-8000-000000000003";
		fixture.sinch.stubFor(get(urlEqualTo("/v1/projects/" + otherProject + "/webhooks?pageSize=1"))
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"errorCode\":\"unauthorized_error\",\"message\":\"Unauthorized error.\","
						+ "\"resolution\":\"Verify that projectId is correct.\"}")));

		fixture.sinchAccess.checkCredentials(new SinchCredentials(PROJECT, "new-key", "new-secret", AuthMode.OAUTH2));
		fixture.sinch.verify(getRequestedFor(urlEqualTo(WEBHOOKS + "?pageSize=1"))
			.withHeader("Authorization", equalTo("Bearer token-check")));

		assertThatThrownBy(() -> fixture.sinchAccess
			.checkCredentials(new SinchCredentials(otherProject, "new-key", "new-secret", AuthMode.BASIC)))
			.isInstanceOfSatisfying(SinchApiException.class, ex -> {
				assertThat(ex.errorCode()).isEqualTo("unauthorized_error");
				assertThat(ex.resolution()).isEqualTo("Verify that projectId is correct.");
			});

		// the stored project still gets its own token, not the checked one
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first(1));
		assertThat(fixture.tokenRequests()).isEqualTo(2);
	}

	@Test
	void forgettingAProjectDropsItsTokenAndRereadsItsCredentials() {
		fixture.stubToken("token-1");
		fixture.sinch.stubFor(get(urlPathEqualTo(WEBHOOKS)).willReturn(okJson(EMPTY_LIST)));
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());

		fixture.projects.put(PROJECT, new SinchCredentials(PROJECT, "edited-key", "edited-secret", AuthMode.BASIC));
		fixture.sinchAccess.forget(PROJECT);
		fixture.webhooks.listWebhooks(PROJECT, PageRequest.first());

		String basic = Base64.getEncoder().encodeToString("edited-key:edited-secret".getBytes());
		fixture.sinch.verify(1, getRequestedFor(urlPathEqualTo(WEBHOOKS))
			.withHeader("Authorization", equalTo("Basic " + basic)));
		assertThat(fixture.tokenRequests()).isEqualTo(1);
	}

	@Test
	void aProjectWithoutCredentialsIsNotCalled() {
		assertThatThrownBy(() -> fixture.webhooks.listWebhooks("00000000-0000-4000-8000-00000000000f",
				PageRequest.first()))
			.isInstanceOf(UnknownSinchProjectException.class);
		assertThat(fixture.sinch.getAllServeEvents()).isEmpty();
	}

}
