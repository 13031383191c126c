package com.provisioningportal.portal.sms;

import java.util.UUID;

import com.provisioningportal.portal.gateway.SinchUnreachableException;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.UnknownOutcomeLog;
import com.provisioningportal.portal.projects.UnknownOutcomeRounds;
import com.provisioningportal.sandbox.FaultRule;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
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

	UnknownOutcomeLog log;

	@BeforeEach
	void signedInProject() {
		project = ProjectFixtures.registerWithCallback(context, "Unknown SMS " + UUID.randomUUID(), "unknown-secret");
		log = new UnknownOutcomeLog(context, project.id());
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

		log.settle();

		assertThat(log.rows("SMS_APP_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("SMS_APP_CREATE", "name")).isEqualTo("Made");
	}

	@Test
	void aCreationSinchNeverGotFails() {
		fault(FaultRule.connectionReset(appsPath()).forMethod("POST").times(1));
		assertThatThrownBy(() -> create("Lost")).isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("SMS_APP_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "FAILED system");
		assertThat(log.notMadeDetail("SMS_APP_CREATE")).isEqualTo(UnknownOutcomeRounds.notMade());
	}

	@Test
	void aRenameSinchMadeSucceeds() {
		SmsApp renamed = create("Before");
		fault(FaultRule.resetAfterActing(appsPath() + "/" + renamed.id()).forMethod("PATCH").times(1));
		assertThatThrownBy(() -> changes.rename(project.id(), renamed, "After")).isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("SMS_APP_RENAME")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("SMS_APP_RENAME", "name")).isEqualTo("After");
	}

	private SmsApp create(String name) {
		return changes.createStandalone(new SmsAppChanges.CreateSmsApp(project.id(), name, "EU", null));
	}

	private String appsPath() {
		return "/v1/projects/" + project.id() + "/sms/smsApps";
	}

	private static void fault(FaultRule rule) {
		TestSandbox.get().faults().add(rule);
	}

}
