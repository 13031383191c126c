package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.provisioningportal.portal.gateway.SinchUnreachableException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
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
 * A template whose creation got no answer is settled by asking Sinch whether its name and language are there.
 */
@PortalTest
class TemplateUnknownOutcomeTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TemplateChanges changes;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	UnknownOutcomeLog log;

	@BeforeEach
	void signedInProject() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Unknown templates " + UUID.randomUUID()),
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
		fault(FaultRule.resetAfterActing(templatesPath()).forMethod("POST").times(1));
		assertThatThrownBy(() -> create("unknown_made")).isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("WHATSAPP_TEMPLATE_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "SUCCEEDED system");
		assertThat(log.settledAfter("WHATSAPP_TEMPLATE_CREATE", "name")).isEqualTo("unknown_made");
	}

	@Test
	void aCreationSinchNeverGotFails() {
		fault(FaultRule.connectionReset(templatesPath()).forMethod("POST").times(1));
		assertThatThrownBy(() -> create("unknown_lost")).isInstanceOf(SinchUnreachableException.class);

		log.settle();

		assertThat(log.rows("WHATSAPP_TEMPLATE_CREATE")).containsExactly("ATTEMPT admin", "UNKNOWN admin", "FAILED system");
		assertThat(log.notMadeDetail("WHATSAPP_TEMPLATE_CREATE")).isEqualTo(UnknownOutcomeRounds.notMade());
	}

	private WhatsAppTemplate create(String name) {
		return changes.create(new TemplateChanges.Create(project.id(), name, "EN", "UTILITY", false, false,
				List.of(Map.of("type", "BODY", "text", "Your parcel is on its way."))));
	}

	private String templatesPath() {
		return "/v1/projects/" + project.id() + "/whatsapp/templates";
	}

	private static void fault(FaultRule rule) {
		TestSandbox.get().faults().add(rule);
	}

}
