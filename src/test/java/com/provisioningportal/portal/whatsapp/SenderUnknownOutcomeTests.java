package com.provisioningportal.portal.whatsapp;

import java.util.UUID;

import com.provisioningportal.portal.gateway.SinchUnreachableException;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.UnknownOutcomeLog;
import com.provisioningportal.sandbox.FaultRule;
import com.provisioningportal.sandbox.SandboxClient;
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
 * Comments on a sender and on the WhatsApp account that got no answer are settled by the activity Sinch shows since.
 */
@PortalTest
class SenderUnknownOutcomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	SenderChanges senderChanges;

	@Autowired
	WhatsAppAccountChanges accountChanges;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	UnknownOutcomeLog log;

	@BeforeEach
	void signedInProject() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Unknown senders " + UUID.randomUUID()),
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
	void commentsSinchMadeSucceed() {
		String sender = new SandboxClient(TestSandbox.get()).post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "998%06d"}}
				""".formatted(System.nanoTime() % 1_000_000L)).json().path("id").asString();
		fault(FaultRule.resetAfterActing(whatsAppPath() + "/senders/" + sender + "/comments").forMethod("POST").times(1));
		assertThatThrownBy(() -> senderChanges.comment(project.id(), sender, "Is the number ready?"))
			.isInstanceOf(SinchUnreachableException.class);
		fault(FaultRule.resetAfterActing(whatsAppPath() + "/comments").forMethod("POST").times(1));
		assertThatThrownBy(() -> accountChanges.comment(project.id(), "Please check the account"))
			.isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("WHATSAPP_SENDER_COMMENT")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("WHATSAPP_SENDER_COMMENT", "comment")).isEqualTo("Is the number ready?");
		assertThat(log.rows("WHATSAPP_ACCOUNT_COMMENT")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("WHATSAPP_ACCOUNT_COMMENT", "comment")).isEqualTo("Please check the account");
	}

	private String whatsAppPath() {
		return "/v1/projects/" + project.id() + "/whatsapp";
	}

	private static void fault(FaultRule rule) {
		TestSandbox.get().faults().add(rule);
	}

}
