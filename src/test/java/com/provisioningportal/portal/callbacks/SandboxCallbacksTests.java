package com.provisioningportal.portal.callbacks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.SinchSandbox;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's signed callbacks, sent over HTTP to the running portal, are accepted: both sides sign alike. */
@PortalServerTest
class SandboxCallbacksTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSenderGoingLiveAtSinchReachesThePortalAsOneVerifiedCallback() throws Exception {
		SinchSandbox sandbox = TestSandbox.get();
		SandboxProject project = sandbox.addOnboardedProject("Callbacks end to end " + UUID.randomUUID());
		String secret = "e2e-" + UUID.randomUUID();
		sinch(project, "/webhooks", """
				{"target": "http://localhost:%d/callbacks/sinch/%s", "secret": "%s", "triggers": ["ALL"]}
				""".formatted(port, project.id(), secret));
		ProjectFixtures.register(context, project, secret);
		String wabaId = sandbox.resources(project.id()).path("account").path("wabaId").asString();

		sinch(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%s", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, "1" + System.nanoTime() % 1_000_000_000L));
		sandbox.advance(Duration.ofMinutes(1));

		assertThat(sandbox.deliveries()).filteredOn(delivery -> delivery.projectId().equals(project.id()))
			.isNotEmpty()
			.allSatisfy(delivery -> assertThat(delivery.attempts()).last().extracting(a -> a.httpStatus()).isEqualTo(200));
		assertThat(jdbc.sql("select event_type from callback_receipt where project_id = ?::uuid").param(project.id())
			.query(String.class).list()).contains("WHATSAPP_SENDER_ACTIVE");
	}

	private static void sinch(SandboxProject project, String path, String json) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((project.keyId() + ":" + project.keySecret()).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
				URI.create(TestSandbox.get().baseUrl() + "/v1/projects/" + project.id() + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
	}

}
