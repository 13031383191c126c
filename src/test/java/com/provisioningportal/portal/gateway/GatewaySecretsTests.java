package com.provisioningportal.portal.gateway;

import java.util.Base64;
import java.util.List;

import com.provisioningportal.portal.gateway.transport.SinchHttp;
import com.provisioningportal.portal.gateway.webhooks.NewWebhook;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.provisioningportal.portal.gateway.GatewayFixture.KEY_ID;
import static com.provisioningportal.portal.gateway.GatewayFixture.KEY_SECRET;
import static com.provisioningportal.portal.gateway.GatewayFixture.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Runs calls that succeed, retry and fail, then scans everything logged (DEBUG included) for secrets. */
@ExtendWith(OutputCaptureExtension.class)
class GatewaySecretsTests {

	private static final String ACCESS_TOKEN = "eyJhbGciOiJIUzI1NiJ9.access-token-value.sig";

	private static final String SENDER_BEARER = "sender-bearer-token-value";

	private static final String WEBHOOK_SECRET = "webhook-secret-value";

	private final GatewayFixture fixture = new GatewayFixture(AuthMode.OAUTH2);

	private final ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory
		.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ch.qos.logback.classic.Level rootLevel = root.getLevel();

	@BeforeEach
	void logEverything() {
		root.setLevel(ch.qos.logback.classic.Level.DEBUG);
	}

	@AfterEach
	void stop() {
		root.setLevel(rootLevel);
		fixture.close();
		MDC.clear();
	}

	@Test
	void noSecretReachesTheLogsOrExceptionMessages(CapturedOutput output) {
		String webhooks = "/v1/projects/" + PROJECT + "/webhooks";
		String sender = "/v1/projects/" + PROJECT + "/whatsapp/senders/s1";
		fixture.stubToken(ACCESS_TOKEN);
		fixture.sinch.stubFor(get(urlPathEqualTo(sender)).willReturn(okJson(
				"{\"id\":\"s1\",\"state\":\"ACTIVE\",\"bearerToken\":\"" + SENDER_BEARER + "\"}")));
		fixture.sinch.stubFor(post(urlPathEqualTo(webhooks)).willReturn(aResponse().withStatus(500)));
		fixture.sinch.stubFor(get(urlPathEqualTo(webhooks)).willReturn(aResponse().withStatus(503)));
		MDC.put(SinchHttp.CORRELATION_ID, "action-42");

		WhatsAppSender read = fixture.senders.getSender(PROJECT, "s1");
		org.slf4j.LoggerFactory.getLogger(getClass()).info("A feature logging what it read: {}", read);
		Throwable createFailure = org.assertj.core.api.Assertions.catchThrowable(() -> fixture.webhooks
			.createWebhook(PROJECT, new NewWebhook("https://portal.example/cb", WEBHOOK_SECRET, List.of("ALL"))));
		org.slf4j.LoggerFactory.getLogger(getClass()).info("A feature logging the failure", createFailure);
		assertThatThrownBy(() -> fixture.webhooks.listWebhooks(PROJECT, PageRequest.first()))
			.isInstanceOf(SinchException.class);
		org.slf4j.LoggerFactory.getLogger(getClass())
			.info("Requests: {}", new NewWebhook("https://portal.example/cb", WEBHOOK_SECRET, List.of("ALL")));
		org.slf4j.LoggerFactory.getLogger(getClass())
			.info("Credentials: {}", new SinchCredentials(PROJECT, KEY_ID, KEY_SECRET, AuthMode.OAUTH2));

		fixture.sinch.verify(getRequestedFor(urlPathEqualTo(sender)).withHeader("x-correlation-id",
				equalTo("action-42")));
		String basic = Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes());
		assertThat(output.getAll()).contains("action-42")
			.contains("DEBUG")
			.contains("webhooks.list")
			.doesNotContain(KEY_SECRET)
			.doesNotContain(basic)
			.doesNotContain(ACCESS_TOKEN)
			.doesNotContain(SENDER_BEARER)
			.doesNotContain(WEBHOOK_SECRET);
		assertThat(createFailure.getMessage()).doesNotContain(WEBHOOK_SECRET).doesNotContain(ACCESS_TOKEN);
	}

}
