package com.provisioningportal.portal.rcs;

import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.gateway.SinchUnreachableException;
import com.provisioningportal.portal.gateway.rcs.NewRcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsBrand;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
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
 * RCS sender changes that got no answer are settled by asking Sinch: a creation by a sender of its brand made since,
 * test numbers by their invitations, a comment by the sender's activity.
 */
@PortalTest
class RcsSenderUnknownOutcomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RcsSenderChanges changes;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	UnknownOutcomeLog log;

	@BeforeEach
	void signedInProject() {
		project = ProjectFixtures.register(context, TestSandbox.get().addProject("Unknown RCS " + UUID.randomUUID()),
				"unknown-secret");
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
		fault(FaultRule.resetAfterActing(sendersPath()).forMethod("POST").times(1));
		assertThatThrownBy(() -> create("Made Shoes")).isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("RCS_SENDER_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("RCS_SENDER_CREATE", "brandName")).isEqualTo("Made Shoes");
	}

	@Test
	void aCreationSinchNeverGotFails() {
		fault(FaultRule.connectionReset(sendersPath()).forMethod("POST").times(1));
		assertThatThrownBy(() -> create("Lost Shoes")).isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("RCS_SENDER_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "FAILED system");
		assertThat(log.notMadeDetail("RCS_SENDER_CREATE")).isEqualTo(UnknownOutcomeRounds.notMade());
	}

	@Test
	void testNumbersAndACommentSinchMadeSucceed() {
		RcsSender sender = create("Busy Shoes");
		fault(FaultRule.resetAfterActing(sendersPath() + "/" + sender.id() + "/testNumbers").forMethod("POST").times(1));
		assertThatThrownBy(() -> changes.addTestNumbers(project.id(), sender.id(), List.of("+48600100301")))
			.isInstanceOf(SinchUnreachableException.class);
		fault(FaultRule.resetAfterActing(sendersPath() + "/" + sender.id() + "/comments").forMethod("POST").times(1));
		assertThatThrownBy(() -> changes.comment(project.id(), sender.id(), "Launch soon, please"))
			.isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("RCS_TEST_NUMBERS_ADD")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("RCS_TEST_NUMBERS_ADD", "testNumberStates")).contains("+48600100301");
		assertThat(log.rows("RCS_SENDER_COMMENT")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("RCS_SENDER_COMMENT", "comment")).isEqualTo("Launch soon, please");
	}

	private RcsSender create(String brandName) {
		RcsBrand brand = new RcsBrand(brandName, "Shoes and more", "#112233", null, null, null, null, List.of(), List.of(),
				List.of());
		return changes.create(project.id(), new NewRcsSender("EU", "CONVERSATIONAL", "OTP",
				new RcsSender.Details(brand, null, null, List.of("FR"), null)));
	}

	private String sendersPath() {
		return "/v1/projects/" + project.id() + "/rcs/senders";
	}

	private static void fault(FaultRule rule) {
		TestSandbox.get().faults().add(rule);
	}

}
