package com.provisioningportal.portal.whatsapp;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.provisioningportal.portal.callbacks.ReconciliationRounds;
import com.provisioningportal.portal.callbacks.WatchedStatus;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meta's decision on a submitted template reaches the portal by Sinch's callback, and when that callback is lost,
 * by reconciliation asking Sinch (through {@link TemplateStatus}).
 */
@PortalServerTest
class TemplateStatusTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TemplateChanges changes;

	@Autowired
	TemplateStatus status;

	SandboxProject project;

	@BeforeEach
	void projectWhoseCallbacksReachThePortal() throws Exception {
		project = TestSandbox.get().addOnboardedProject("Template status " + UUID.randomUUID());
		String secret = "template-status-" + UUID.randomUUID();
		sinch("/webhooks", """
				{"target": "http://localhost:%d/callbacks/sinch/%s", "secret": "%s", "triggers": ["ALL"]}
				""".formatted(port, project.id(), secret));
		ProjectFixtures.register(context, project, secret);
	}

	@AfterEach
	void deliverAgain() {
		TestSandbox.get().deliverCallbacks(project.id());
	}

	@Test
	void theApprovalCallbackMovesTheWatchedTemplateOn() {
		String name = submit();
		assertThat(watched(name)).isEqualTo(Map.of("state", "PENDING/IN_PROGRESS", "settled", false));

		TestSandbox.get().advance(Duration.ofMinutes(2));

		assertThat(watched(name)).isEqualTo(Map.of("state", "APPROVED", "settled", true));
		assertThat(audit(name)).contains("SINCH_CALLBACK").doesNotContain("SINCH_STATUS_RECONCILED");
	}

	@Test
	void reconciliationMovesTheTemplateOnWhenItsCallbackWasDropped() {
		TestSandbox.get().dropCallbacks(project.id());
		String name = submit();

		TestSandbox.get().advance(Duration.ofMinutes(2));

		assertThat(TestSandbox.get().deliveries()).filteredOn(delivery -> delivery.projectId().equals(project.id()))
			.filteredOn(delivery -> delivery.type().equals("WHATSAPP_TEMPLATE_APPROVED"))
			.singleElement()
			.satisfies(delivery -> assertThat(delivery.status()).isEqualTo("DROPPED"));
		assertThat(watched(name)).isEqualTo(Map.of("state", "PENDING/IN_PROGRESS", "settled", false));

		ReconciliationRounds.runOnce(context);

		assertThat(watched(name)).isEqualTo(Map.of("state", "APPROVED", "settled", true));
		assertThat(audit(name)).containsExactly("WHATSAPP_TEMPLATE_CREATE", "WHATSAPP_TEMPLATE_CREATE", "SINCH_STATUS_RECONCILED");
	}

	@Test
	void theStatusCombinesStateAndPendingChangesAndSettlesOnceMetaDecided() {
		String name = submit();
		assertThat(status.currentStatus(project.id(), name + "/EN")).contains(WatchedStatus.of("PENDING/IN_PROGRESS"));
		assertThat(status.currentStatus(project.id(), "no_such_template/EN")).isEmpty();

		assertThat(status.settled("PENDING/IN_PROGRESS")).isFalse();
		assertThat(status.settled("APPROVED/IN_PROGRESS")).isFalse();
		assertThat(status.settled("/DRAFT")).isTrue();
		assertThat(status.settled("APPROVED/DRAFT")).isTrue();
		assertThat(status.settled("REJECTED")).isTrue();
		assertThat(status.settled("GONE")).isTrue();
	}

	private String submit() {
		String name = "status_" + Long.toString(System.nanoTime(), 36);
		changes.create(new TemplateChanges.Create(project.id(), name, "EN", "UTILITY", true, false,
				List.of(Map.of("type", "BODY", "text", "Your parcel is on its way."))));
		return name;
	}

	private Map<String, Object> watched(String name) {
		return jdbc.sql("select state, settled from watched_status where kind = 'whatsapp-template' and resource_id = ?")
			.param(name + "/EN")
			.query((row, index) -> Map.<String, Object>of("state", row.getString("state"), "settled", row.getBoolean("settled")))
			.single();
	}

	private List<String> audit(String name) {
		return jdbc.sql("select action from audit_event where resource_type = 'whatsapp-template' and resource_id = ? order by id")
			.param(name + "/EN").query(String.class).list();
	}

	private void sinch(String path, String json) throws Exception {
		String basic = Base64.getEncoder().encodeToString((project.keyId() + ":" + project.keySecret()).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
				URI.create(TestSandbox.get().baseUrl() + "/v1/projects/" + project.id() + path))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
	}

}
