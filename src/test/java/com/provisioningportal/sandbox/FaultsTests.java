package com.provisioningportal.sandbox;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTests extends SandboxTestSupport {

	@Test
	void answers429WithRetryAfterInSeconds() {
		SandboxProject project = sandbox.addProject("Shop");
		sandbox.faults().add(FaultRule.tooManyRequests("/v1/projects/*/webhooks", Duration.ofSeconds(7)));

		Reply reply = client.get(project, "/webhooks");

		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.header("Retry-After")).isEqualTo("7");
		assertThat(reply.errorCode()).isEqualTo("too_many_requests");
	}

	@Test
	void answers429WithRetryAfterAsAnHttpDate() {
		sandbox.faults().add(FaultRule.tooManyRequestsUntil("/oauth2/token", Instant.parse("2026-11-28T12:01:00Z")));

		Reply reply = client.token(null, "grant_type=client_credentials");

		assertThat(reply.status()).isEqualTo(429);
		assertThat(reply.header("Retry-After")).isEqualTo("Sat, 28 Nov 2026 12:01:00 GMT");
	}

	@Test
	void answersServerErrorsWithThePapiInternalError() {
		SandboxProject project = sandbox.addProject("Shop");
		sandbox.faults().add(FaultRule.status("/v1/**", 503));

		Reply reply = client.get(project, "/webhooks");

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.errorCode()).isEqualTo("internal_error");
	}

	@Test
	void aCountedFaultLapsesAndAMethodFaultSparesOtherMethods() {
		SandboxProject project = sandbox.addProject("Shop");
		sandbox.faults().add(FaultRule.status("/v1/**", 500).forMethod("POST").times(1));

		assertThat(client.get(project, "/webhooks").status()).isEqualTo(200);
		assertThat(client.post(project, "/webhooks", "{}").status()).isEqualTo(500);
		assertThat(client.post(project, "/webhooks", "{}").status()).isEqualTo(400);
		assertThat(sandbox.faults().list()).isEmpty();
	}

	@Test
	void dropsTheConnectionWithoutAnswer() {
		SandboxProject project = sandbox.addProject("Shop");
		sandbox.faults().add(FaultRule.connectionReset("/v1/**"));

		assertThatThrownBy(() -> client.get(project, "/webhooks")).isInstanceOf(UncheckedIOException.class);
		assertThat(sandbox.requests()).last().extracting(RecordedRequest::status).isEqualTo(0);
	}

	@Test
	void neverAnswersSoTheClientTimesOut() {
		SandboxProject project = sandbox.addProject("Shop");
		sandbox.faults().add(FaultRule.noAnswer("/v1/**"));
		HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/v1/projects/" + project.id() + "/webhooks"))
			.header("Authorization", SandboxClient.basic(project))
			.timeout(Duration.ofMillis(300))
			.build();

		assertThatThrownBy(() -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()))
			.isInstanceOf(HttpTimeoutException.class);
	}

	@Test
	void answersMalformedJson() {
		SandboxProject project = sandbox.addProject("Shop");
		sandbox.faults().add(FaultRule.malformedJson("/v1/projects/*/webhooks"));

		Reply reply = client.get(project, "/webhooks");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("application/json");
		assertThatThrownBy(reply::json).isInstanceOf(RuntimeException.class);
	}

	@Test
	void addsLatencyBeforeTheNormalAnswer() {
		SandboxProject project = sandbox.addProject("Shop");
		sandbox.faults().add(FaultRule.latency("/v1/**", Duration.ofMillis(300)));

		long started = System.nanoTime();
		Reply reply = client.get(project, "/webhooks");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
	}

	@Test
	void faultsCanBeSetOverHttpAsJsonOrFromTheControlPage() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply json = client.call("POST", "/_sandbox/faults", null,
				"{\"pathPattern\": \"/v1/**\", \"kind\": \"STATUS\", \"status\": \"500\", \"times\": \"1\"}");
		Reply faulted = client.get(project, "/webhooks");
		Reply form = SandboxClient.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/faults"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("pathPattern=%2Fv1%2F**&kind=TOO_MANY_REQUESTS&retryAfter=3")));
		Reply page = client.call("GET", "/_sandbox", null, null);

		assertThat(json.status()).as(json.body()).isEqualTo(201);
		assertThat(faulted.status()).isEqualTo(500);
		assertThat(form.status()).isEqualTo(303);
		assertThat(client.get(project, "/webhooks").header("Retry-After")).isEqualTo("3");
		assertThat(page.body()).contains("TOO_MANY_REQUESTS").contains("Retry-After: 3").contains(project.keyId());
		assertThat(client.call("DELETE", "/_sandbox/faults", null, null).status()).isEqualTo(204);
		assertThat(client.get(project, "/webhooks").status()).isEqualTo(200);
	}

}
