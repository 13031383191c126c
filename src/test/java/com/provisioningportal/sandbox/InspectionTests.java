package com.provisioningportal.sandbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class InspectionTests extends SandboxTestSupport {

	@Test
	void recordsRequestsWithCredentialsAndSecretsMasked() {
		SandboxProject project = sandbox.addProject("Shop");

		client.post(project, "/webhooks?x=1", """
				{"target": "https://shop.example/hook", "secret": "top-secret", "triggers": ["ALL"]}
				""");

		RecordedRequest request = sandbox.requests().get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v1/projects/" + project.id() + "/webhooks");
		assertThat(request.query()).isEqualTo("x=1");
		assertThat(request.status()).isEqualTo(201);
		assertThat(request.header("Authorization")).isEqualTo("Basic ****");
		assertThat(request.body()).contains("https://shop.example/hook").doesNotContain("top-secret");
		assertThat(request.at()).isEqualTo(clock.instant());
	}

	@Test
	void recordsAnswersWithTheTokensSinchHandsOutMasked() {
		SandboxProject project = sandbox.addProject("Shop");
		String token = client.accessToken(project);

		RecordedRequest request = sandbox.requests().get(0);
		assertThat(request.path()).isEqualTo("/oauth2/token");
		assertThat(request.answer()).contains("\"access_token\":\"****\"").contains("expires_in").doesNotContain(token);
	}

	@Test
	void theControlEndpointsShowRequestsAndDeliveriesButAreNotRecorded() {
		SandboxProject project = sandbox.addProject("Shop");
		client.get(project, "/webhooks");

		JsonNode requests = client.call("GET", "/_sandbox/requests", null, null).json();
		JsonNode deliveries = client.call("GET", "/_sandbox/deliveries", null, null).json();

		assertThat(requests).hasSize(1);
		assertThat(requests.get(0).path("path").asString()).endsWith("/webhooks");
		assertThat(deliveries.isArray()).isTrue();
		assertThat(sandbox.requests()).hasSize(1);
	}

	@Test
	void showsAProjectsResourcesWithoutSecrets() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");
		client.post(project, "/webhooks", """
				{"target": "https://shop.example/hook", "secret": "top-secret", "triggers": ["ALL"]}
				""");

		JsonNode resources = sandbox.resources(project.id());

		assertThat(resources.path("webhooks")).hasSize(1);
		assertThat(resources.path("account").path("state").asString()).isEqualTo("ONBOARDED");
		assertThat(resources.toString()).doesNotContain("top-secret").doesNotContain(project.keySecret());
	}

	@Test
	void resetForgetsEverything() {
		SandboxProject project = sandbox.addProject("Shop");
		client.accessToken(project);
		sandbox.faults().add(FaultRule.status("/nothing", 500));

		sandbox.reset();

		assertThat(sandbox.requests()).isEmpty();
		assertThat(sandbox.tokenRequestCount()).isZero();
		assertThat(sandbox.faults().list()).isEmpty();
		assertThat(sandbox.projects()).isEmpty();
		assertThat(sandbox.deliveries()).isEmpty();
	}

	@Test
	void severalSandboxesRunSideBySideOnFreePortsAndStartQuickly() {
		long started = System.nanoTime();
		try (SinchSandbox first = SinchSandbox.start(SandboxOptions.forTests(clock));
				SinchSandbox second = SinchSandbox.start(SandboxOptions.forTests(clock))) {
			Duration startup = Duration.ofNanos(System.nanoTime() - started);

			assertThat(List.of(first.port(), second.port(), sandbox.port())).doesNotHaveDuplicates();
			assertThat(startup).isLessThan(Duration.ofSeconds(2));
			first.addProject("Only here");
			assertThat(second.projects()).isEmpty();
		}
	}

}
