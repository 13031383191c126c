package com.provisioningportal.portal.whatsapp;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.provisioningportal.portal.projects.ProjectFixtures;
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
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sinch publishes {@code UNRECOGNIZED} for values newer than a client's version and may add fields at any time:
 * the pages read such answers and show the value as Sinch gave it, never an error.
 */
@PortalTest
class NewerSinchVersionTests {

	private final SandboxClient sinch = new SandboxClient(TestSandbox.get());

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	SandboxProject project;

	String sender;

	@BeforeEach
	void projectWithASenderAndATemplate() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Newer " + UUID.randomUUID()),
				"newer-secret");
		String wabaId = TestSandbox.get().resources(project.id()).path("account").path("wabaId").asString();
		sender = sinch.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%d", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, 30_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L)))
			.json()
			.path("id")
			.asString();
		sinch.post(project, "/whatsapp/templates", """
				{"name": "order_ready", "language": "EN", "category": "UTILITY", "details": {"components": [
				 {"type": "BODY", "text": "Hello {{1}}", "examples": ["Ann"]}]}}""");
		TestSandbox.get().advance(Duration.ofMinutes(2));
		TestSandbox.get().faults().add(FaultRule.newerVersion("/v1/projects/" + project.id() + "/**"));
	}

	@AfterEach
	void noFaults() {
		TestSandbox.get().faults().clear();
	}

	@Test
	void theSendersListShowsAStateItDoesNotKnowAsSinchGaveIt() throws Exception {
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/senders").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-sender-id=\"" + sender + "\"")))
			.andExpect(content().string(containsString("UNRECOGNIZED")));
	}

	@Test
	void aSendersPageReadsAnAnswerWithFieldsItDoesNotKnow() throws Exception {
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/senders/" + sender).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UNRECOGNIZED")));
	}

	@Test
	void theTemplatesAndTheAccountReadSuchAnswersToo() throws Exception {
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/templates").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("order_ready")))
			.andExpect(content().string(containsString("UNRECOGNIZED")));
		// The pages answer 200 with Sinch's error when they cannot read an answer, so what they show is what counts.
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/templates/order_ready/EN").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"template-status\"")))
			.andExpect(content().string(containsString("data-state=\"UNRECOGNIZED\"")));
		mvc.perform(get("/projects/" + project.id() + "/whatsapp/account").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-status\"")))
			.andExpect(content().string(containsString("data-state=\"UNRECOGNIZED\"")));
	}

}
