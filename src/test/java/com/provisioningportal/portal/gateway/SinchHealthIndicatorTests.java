package com.provisioningportal.portal.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import com.provisioningportal.portal.gateway.transport.GatewaySettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

class SinchHealthIndicatorTests {

	private final GatewayFixture fixture = new GatewayFixture(AuthMode.BASIC);

	@AfterEach
	void stop() {
		fixture.close();
	}

	private SinchHealthIndicator indicator(URI provisioningUrl) {
		// A generous timeout: the first call also starts the HTTP client, which on a busy machine takes seconds.
		GatewaySettings settings = GatewayFixture.settings(provisioningUrl, provisioningUrl, Duration.ofSeconds(15),
				Duration.ofSeconds(30));
		return new SinchHealthIndicator(GatewayConfiguration.webClient(settings), settings, fixture.clock);
	}

	@Test
	void anyAnswerMeansUpAndTheAnswerIsReusedForAWhile() {
		fixture.sinch.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
		SinchHealthIndicator indicator = indicator(URI.create(fixture.sinch.baseUrl()));

		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		fixture.clock.advance(Duration.ofSeconds(29));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(1);

		fixture.clock.advance(Duration.ofSeconds(2));
		indicator.health();
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(2);
	}

	@Test
	void noAnswerIsReportedAsUnreachableNotDown() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		SinchHealthIndicator indicator = indicator(URI.create("http://127.0.0.1:" + closedPort));
		assertThat(indicator.health().getStatus()).isEqualTo(SinchHealthIndicator.UNREACHABLE);
	}

}
