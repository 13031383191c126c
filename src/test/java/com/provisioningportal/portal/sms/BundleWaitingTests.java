package com.provisioningportal.portal.sms;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.callbacks.ReconciliationRounds;
import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.callbacks.WatchedResource;
import com.provisioningportal.portal.callbacks.WatchedStatus;
import com.provisioningportal.portal.gateway.sms.Bundle;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
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
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waiting on a bundle: Sinch's BUNDLE_DONE callback, sent over HTTP to the running portal, ends the wait; when that
 * callback is lost, reconciliation asks Sinch and ends it all the same.
 */
@PortalServerTest
class BundleWaitingTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SmsAppChanges changes;

	@Autowired
	StatusWatch statusWatch;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	@BeforeEach
	void projectHearingFromSinch() {
		project = TestSandbox.get().addProject("Waiting " + UUID.randomUUID());
		String secret = "wait-" + UUID.randomUUID();
		new SandboxClient(TestSandbox.get()).post(project, "/webhooks", """
				{"target": "http://localhost:%d/callbacks/sinch/%s", "secret": "%s", "triggers": ["ALL"]}
				""".formatted(port, project.id(), secret));
		ProjectFixtures.register(context, project, secret);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("onboarder", null, "ROLE_ONBOARDER"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		TestSandbox.get().deliverCallbacks(project.id());
	}

	@Test
	void theBundleDoneCallbackEndsTheWait() {
		Bundle bundle = changes.createBundle(new SmsAppChanges.CreateBundle(project.id(), "Heard", "EU", List.of()), "onboarder");
		WatchedResource watched = BundleCallbacks.bundle(project.id(), bundle.id());
		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("IN_PROGRESS");

		TestSandbox.get().advance(Duration.ofMinutes(1));

		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("DONE");
		assertThat(jdbc.sql("select event_type from callback_receipt where project_id = ?::uuid").param(project.id())
			.query(String.class).list()).contains("BUNDLE_DONE");
		assertThat(finalState(bundle)).isEqualTo("DONE");
		assertThat(reconciledRows(bundle)).isZero();
	}

	@Test
	void reconciliationFinishesABundleWhoseCallbackWasLost() {
		Bundle bundle = changes.createBundle(new SmsAppChanges.CreateBundle(project.id(), "Lost", "EU", List.of()), "onboarder");
		TestSandbox.get().dropCallbacks(project.id());

		TestSandbox.get().advance(Duration.ofMinutes(1));
		assertThat(TestSandbox.get().deliveries()).filteredOn(delivery -> delivery.projectId().equals(project.id())
				&& delivery.type().equals("BUNDLE_DONE")).extracting(delivery -> delivery.status()).containsOnly("DROPPED");

		ReconciliationRounds.runOnce(context);

		assertThat(statusWatch.lastKnown(BundleCallbacks.bundle(project.id(), bundle.id())).map(WatchedStatus::state))
			.contains("DONE");
		assertThat(finalState(bundle)).isEqualTo("DONE");
		assertThat(reconciledRows(bundle)).isEqualTo(1);
	}

	private String finalState(Bundle bundle) {
		return jdbc.sql("select final_state from sms_bundle_request where project_id = ?::uuid and bundle_id = ? and finished_at is not null")
			.param(project.id())
			.param(bundle.id())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private int reconciledRows(Bundle bundle) {
		return jdbc.sql("select count(*) from audit_event where action = 'SINCH_STATUS_RECONCILED' and resource_type = 'bundle' and resource_id = ?")
			.param(bundle.id())
			.query(Integer.class)
			.single();
	}

}
