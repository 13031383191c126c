package com.provisioningportal.portal.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.gateway.SinchUnreachableException;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.UnknownOutcomeRounds;
import com.provisioningportal.portal.webhooks.WebhookChanges.AddWebhook;
import com.provisioningportal.portal.webhooks.WebhookChanges.ChangeWebhook;
import com.provisioningportal.sandbox.FaultRule;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A webhook whose creation got no answer is recorded as UNKNOWN, not as failed, and settled later by asking Sinch:
 * made when Sinch has a webhook with its target, not made when it does not, by the system under the change's
 * correlation id. A change of a webhook is made when the webhook shows what was asked for.
 */
@PortalTest
class WebhookUnknownOutcomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	WebhookChanges changes;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	@BeforeEach
	void signedInProject() {
		project = ProjectFixtures.registerWithCallback(context, "Unknown outcomes " + UUID.randomUUID(), "unknown-secret");
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		TestSandbox.get().faults().clear();
	}

	@Test
	void aChangeSinchMadeWithoutAnsweringIsUnknownUntilSinchIsAskedThenSucceeded() {
		TestSandbox.get().faults().add(webhooksFault(FaultRule.resetAfterActing(webhooksPath())));

		assertThatThrownBy(() -> create("https://crm.example.com/unanswered"))
			.isInstanceOfSatisfying(SinchUnreachableException.class, ex -> assertThat(ex.mayHaveActed()).isTrue());
		assertThat(rows()).containsExactly("ATTEMPT admin", "UNKNOWN admin");
		assertThat(targetsAtSinch()).contains("https://crm.example.com/unanswered");

		// Rounds may settle other tests' changes too, so only this project's rows tell what a round did.
		UnknownOutcomeRounds.runOnce(context);
		assertThat(rows()).as("too early: Sinch may still be working on it").containsExactly("ATTEMPT admin", "UNKNOWN admin");
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(3));

		UnknownOutcomeRounds.runOnce(context);
		assertThat(rows()).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(jdbc.sql("""
				select (after ->> 'target') || ' ' || (resource_id = after ->> 'id') from audit_event
				 where project_id = ? and action = 'WEBHOOK_CREATE' and phase = 'SUCCEEDED'""")
			.param(project.id()).query(String.class).single())
			.as("the settled row names the webhook it found").isEqualTo("https://crm.example.com/unanswered true");
		assertThat(oneCorrelation()).isTrue();
		UnknownOutcomeRounds.runOnce(context);
		assertThat(rows()).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
	}

	@Test
	void aChangeSinchNeverGotIsUnknownUntilSinchIsAskedThenFailed() {
		TestSandbox.get().faults().add(webhooksFault(FaultRule.connectionReset(webhooksPath())));

		assertThatThrownBy(() -> create("https://crm.example.com/lost")).isInstanceOf(SinchUnreachableException.class);
		assertThat(rows()).containsExactly("ATTEMPT admin", "UNKNOWN admin");
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(3));

		UnknownOutcomeRounds.runOnce(context);
		assertThat(rows()).containsExactly("ATTEMPT admin", "UNKNOWN admin", "FAILED system");
		assertThat(jdbc.sql("select detail from audit_event where project_id = ? and action = 'WEBHOOK_CREATE' and phase = 'FAILED'")
			.param(project.id()).query(String.class).single()).isEqualTo(UnknownOutcomeRounds.notMade());
		assertThat(targetsAtSinch()).doesNotContain("https://crm.example.com/lost");
	}

	@Test
	void aChangeOfAWebhookSinchMadeIsSettledByTheTargetAndTriggersItShows() {
		Webhook webhook = changes.create(project.id(), new AddWebhook("https://crm.example.com/before", List.of("ALL"),
				"unknown-outcome-secret-" + UUID.randomUUID(), true, "admin")).result();
		TestSandbox.get().faults().add(FaultRule.resetAfterActing(webhooksPath() + "/" + webhook.id()).forMethod("PATCH").times(1));

		assertThatThrownBy(() -> changes.change(project.id(), webhook,
				new ChangeWebhook("https://crm.example.com/after", null, null, false, "admin")))
			.isInstanceOf(SinchUnreachableException.class);
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(3));
		UnknownOutcomeRounds.runOnce(context);

		assertThat(jdbc.sql("select phase || ' ' || actor from audit_event where project_id = ? and action = 'WEBHOOK_UPDATE' order by id")
			.param(project.id()).query(String.class).list()).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(jdbc.sql("select after ->> 'target' from audit_event where project_id = ? and action = 'WEBHOOK_UPDATE' and phase = 'SUCCEEDED'")
			.param(project.id()).query(String.class).single()).isEqualTo("https://crm.example.com/after");
	}

	private void create(String target) {
		changes.create(project.id(), new AddWebhook(target, List.of("ALL"), "unknown-outcome-secret-" + UUID.randomUUID(), true, "admin"));
	}

	private String webhooksPath() {
		return "/v1/projects/" + project.id() + "/webhooks";
	}

	private static FaultRule webhooksFault(FaultRule rule) {
		return rule.forMethod("POST").times(1);
	}

	private List<String> rows() {
		return jdbc.sql("select phase || ' ' || actor from audit_event where project_id = ? and action = 'WEBHOOK_CREATE' order by id")
			.param(project.id())
			.query(String.class)
			.list();
	}

	private boolean oneCorrelation() {
		return jdbc.sql("select count(distinct correlation_id) = 1 from audit_event where project_id = ? and action = 'WEBHOOK_CREATE'")
			.param(project.id())
			.query(Boolean.class)
			.single();
	}

	private List<String> targetsAtSinch() {
		return new SandboxClient(TestSandbox.get()).get(project, "/webhooks").json().path("webhooks").findValuesAsString("target");
	}

}
