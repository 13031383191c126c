package com.provisioningportal.portal.sms;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.gateway.SinchUnreachableException;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.UnknownOutcomeRounds;
import com.provisioningportal.sandbox.FaultRule;
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
 * SMS app changes that got no answer are settled by asking Sinch: a creation by the app's name, a rename by the
 * app's name now. (A deletion is repeated by the gateway until Sinch answers, so it is seldom left unknown.)
 */
@PortalTest
class SmsAppUnknownOutcomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SmsAppChanges changes;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	@BeforeEach
	void signedInProject() {
		project = ProjectFixtures.registerWithCallback(context, "Unknown SMS " + UUID.randomUUID(), "unknown-secret");
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
		TestSandbox.get().faults().clear();
	}

	@Test
	void aCreationSinchMadeSucceeds() {
		fault(FaultRule.resetAfterActing(appsPath()).forMethod("POST").times(1));
		assertThatThrownBy(() -> create("Made")).isInstanceOf(SinchUnreachableException.class);

		settle();

		assertThat(rows("SMS_APP_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(after("SMS_APP_CREATE", "name")).isEqualTo("Made");
	}

	@Test
	void aCreationSinchNeverGotFails() {
		fault(FaultRule.connectionReset(appsPath()).forMethod("POST").times(1));
		assertThatThrownBy(() -> create("Lost")).isInstanceOf(SinchUnreachableException.class);

		settle();

		assertThat(rows("SMS_APP_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "FAILED system");
		assertThat(jdbc.sql("select detail from audit_event where project_id = ? and action = 'SMS_APP_CREATE' and phase = 'FAILED'")
			.param(project.id()).query(String.class).single()).isEqualTo(UnknownOutcomeRounds.notMade());
	}

	@Test
	void aRenameSinchMadeSucceeds() {
		SmsApp renamed = create("Before");
		fault(FaultRule.resetAfterActing(appsPath() + "/" + renamed.id()).forMethod("PATCH").times(1));
		assertThatThrownBy(() -> changes.rename(project.id(), renamed, "After")).isInstanceOf(SinchUnreachableException.class);

		settle();

		assertThat(rows("SMS_APP_RENAME")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(after("SMS_APP_RENAME", "name")).isEqualTo("After");
	}

	private SmsApp create(String name) {
		return changes.createStandalone(new SmsAppChanges.CreateSmsApp(project.id(), name, "EU", null));
	}

	/** Other tests' changes may be settled in the same round, so only this project's rows are looked at. */
	private void settle() {
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(3));
		UnknownOutcomeRounds.runOnce(context);
	}

	private String appsPath() {
		return "/v1/projects/" + project.id() + "/sms/smsApps";
	}

	private static void fault(FaultRule rule) {
		TestSandbox.get().faults().add(rule);
	}

	private List<String> rows(String action) {
		return jdbc.sql("select phase || ' ' || actor from audit_event where project_id = ? and action = ? order by id")
			.param(project.id())
			.param(action)
			.query(String.class)
			.list();
	}

	private String after(String action, String field) {
		return jdbc.sql("select after ->> ? from audit_event where project_id = ? and action = ? and phase = 'SUCCEEDED' and actor = 'system'")
			.param(field)
			.param(project.id())
			.param(action)
			.query(String.class)
			.single();
	}

}
