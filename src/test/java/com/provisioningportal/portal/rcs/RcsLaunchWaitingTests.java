package com.provisioningportal.portal.rcs;

import java.time.Duration;
import java.util.UUID;

import com.provisioningportal.portal.callbacks.ReconciliationRounds;
import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.callbacks.WatchedResource;
import com.provisioningportal.portal.callbacks.WatchedStatus;
import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.ProjectSummary;
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
 * Waiting on a launch: the dashboard counts the sender while Sinch and the operators decide; Sinch's
 * RCS_SENDER_STATUS_UPDATED callback, sent over HTTP to the running portal, ends the wait, and when the callbacks
 * are lost reconciliation asks Sinch and ends it all the same.
 */
@PortalServerTest
class RcsLaunchWaitingTests {

	/** Sinch's review, then one step for each of France's four operators. */
	private static final int STEPS_TO_DECIDE = 5;

	/** The sandbox's time for one step in tests: Sinch's review, or one operator's decision. */
	private static final Duration STEP = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	RcsSenderChanges changes;

	@Autowired
	RcsSenderLookup senders;

	@Autowired
	RcsCounts counts;

	@Autowired
	StatusWatch statusWatch;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	@BeforeEach
	void projectHearingFromSinch() {
		project = TestSandbox.get().addProject("RCS waiting " + UUID.randomUUID());
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
	void theStatusCallbacksEndTheWaitOnceTheOperatorsDecided() {
		WatchedResource watched = launch("Heard Retail");
		assertThat(counts.counts(summary())).extracting(count -> count.count() + " " + count.what())
			.containsExactly("1 RCS sender launching");

		for (int step = 0; step < STEPS_TO_DECIDE; step++) {
			TestSandbox.get().advance(Duration.ofMinutes(1));
		}

		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("LAUNCHED");
		assertThat(counts.counts(summary())).extracting(DashboardCount::count).containsExactly(0L);
		assertThat(jdbc.sql("select event_type from callback_receipt where project_id = ?::uuid").param(project.id())
			.query(String.class).list()).contains("RCS_SENDER_STATUS_UPDATED", "RCS_SENDER_OPERATOR_STATUS_UPDATED");
	}

	@Test
	void reconciliationEndsTheWaitWhenTheCallbacksWereLost() {
		WatchedResource watched = launch("Lost Retail");
		TestSandbox.get().dropCallbacks(project.id());
		for (int step = 0; step < STEPS_TO_DECIDE; step++) {
			TestSandbox.get().advance(Duration.ofMinutes(1));
		}
		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("PREPARING_LAUNCH");

		ReconciliationRounds.runOnce(context);

		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("LAUNCHED");
		assertThat(counts.counts(summary())).extracting(DashboardCount::count).containsExactly(0L);
	}

	@Test
	void theCallbacksKeepEachOperatorsDecisionWhileTheSenderIsStillLaunching() {
		WatchedResource watched = launch("Partial Heard Retail");
		TestSandbox.get().advance(STEP);
		TestSandbox.get().advance(STEP);

		assertThat(statusWatch.lastKnown(watched)).hasValueSatisfying(status -> {
			assertThat(status.state()).isEqualTo("LAUNCHING");
			assertThat(status.parts()).containsEntry("FR", "LAUNCHED")
				.containsEntry("FR/Orange", "LAUNCHED")
				.containsEntry("FR/SFR", "PENDING")
				.containsEntry("FR/Free", "PENDING");
		});

		for (int step = 2; step < STEPS_TO_DECIDE; step++) {
			TestSandbox.get().advance(STEP);
		}

		assertThat(statusWatch.lastKnown(watched)).hasValueSatisfying(status -> {
			assertThat(status.state()).isEqualTo("LAUNCHED");
			assertThat(status.parts()).containsEntry("FR/SFR", "LAUNCHED").containsEntry("FR/Free", "REJECTED");
		});
	}

	@Test
	void reconciliationFindsAnOperatorsDecisionAsNewsEvenWhenTheSendersStateStaysTheSame() {
		WatchedResource watched = launch("Partial Lost Retail");
		TestSandbox.get().dropCallbacks(project.id());
		TestSandbox.get().advance(STEP);
		TestSandbox.get().advance(STEP);
		ReconciliationRounds.runOnce(context);
		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::parts).orElseThrow()).containsEntry("FR/SFR", "PENDING");

		TestSandbox.get().advance(STEP);

		assertThat(ReconciliationRounds.runOnce(context)).isPositive();
		assertThat(statusWatch.lastKnown(watched)).hasValueSatisfying(status -> {
			assertThat(status.state()).isEqualTo("LAUNCHING");
			assertThat(status.parts()).containsEntry("FR/SFR", "LAUNCHED").containsEntry("FR/Bouygues", "PENDING");
		});
		assertThat(jdbc.sql("""
				select (before ->> 'state') || ' ' || (before -> 'parts' ->> 'FR/SFR') || ' -> '
				       || (after ->> 'state') || ' ' || (after -> 'parts' ->> 'FR/SFR')
				  from audit_event where action = 'SINCH_STATUS_RECONCILED' and resource_id = ? order by id desc limit 1""")
			.param(watched.resourceId())
			.query(String.class)
			.single()).isEqualTo("LAUNCHING PENDING -> LAUNCHING LAUNCHED");

		assertThat(ReconciliationRounds.runOnce(context)).isZero();
	}

	private WatchedResource launch(String brandName) {
		String id = new SandboxClient(TestSandbox.get()).post(project, "/rcs/senders", RcsSenderPagesTests.ready(brandName))
			.json()
			.path("id")
			.asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		changes.launch(project.id(), senders.get(project.id(), id));
		return RcsCallbacks.sender(project.id(), id);
	}

	private ProjectSummary summary() {
		return context.getBean(ProjectDirectory.class).find(project.id()).orElseThrow();
	}

}
