package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.sandbox.FaultRule;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The WhatsApp account page against the sandbox: the WABA, its activity and comments, the partner solutions. */
@PortalTest
class WhatsAppAccountPagesTests {

	private static final String SOLUTION = "300000000000001";

	private final SandboxClient sinch = new SandboxClient(TestSandbox.get());

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OneTimeForms forms;

	@AfterEach
	void noFaults() {
		TestSandbox.get().faults().clear();
	}

	@Test
	void anOnboardedAccountShowsItsWabaStateAndActivityAndKeepsItsSolution() throws Exception {
		SandboxProject project = onboarded();
		String wabaId = TestSandbox.get().resources(project.id()).path("account").path("wabaId").asString();

		mvc.perform(get(page(project)).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(wabaId)))
			.andExpect(content().string(containsString("data-state=\"ONBOARDED\"")))
			.andExpect(content().string(containsString("data-state=\"CREATED\"")))
			.andExpect(content().string(containsString("data-solution-id=\"" + SOLUTION + "\"")))
			.andExpect(content().string(containsString("data-state=\"ASSIGNED\"")))
			.andExpect(content().string(not(containsString("/assign"))))
			.andExpect(content().string(not(containsString("hx-trigger=\"every 5s\""))))
			.andExpect(content().string(containsString("hx-trigger=\"every 15s\"")));
	}

	@Test
	void aCommentIsAddedAuditedAndShown() throws Exception {
		SandboxProject project = onboarded();

		mvc.perform(change(post(page(project) + "/comments").param("comment", "Please check the business name.")
			.param("formToken", forms.issue(project.id(), "onboarder"))))
			.andExpect(redirectedUrl(page(project)))
			.andExpect(flash().attribute("flashSuccess", containsString("Comment added")));

		mvc.perform(get(page(project)).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Please check the business name.")));
		assertThat(audit(project, "WHATSAPP_ACCOUNT_COMMENT")).containsExactly("ATTEMPT", "SUCCEEDED");
		mvc.perform(change(post(page(project) + "/comments").param("comment", " ")))
			.andExpect(flash().attribute("flashError", "Write a comment of at most 1,000 characters."));
		String token = mvc.perform(get(page(project)).with(user("onboarder").roles("ONBOARDER"))).andReturn().getResponse()
			.getContentAsString().replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");
		mvc.perform(change(post(page(project) + "/comments").param("comment", "Twice?").param("formToken", token)));
		mvc.perform(change(post(page(project) + "/comments").param("comment", "Twice?").param("formToken", token)))
			.andExpect(flash().attribute("flashError", containsString("sent already")));
		assertThat(audit(project, "WHATSAPP_ACCOUNT_COMMENT")).containsExactly("ATTEMPT", "SUCCEEDED", "ATTEMPT", "SUCCEEDED");
	}

	@Test
	void aProjectWithoutAnAccountOffersToConnectANumberAndToAssignTheSolution() throws Exception {
		SandboxProject project = ProjectFixtures.register(context, TestSandbox.get().addProject("No account " + UUID.randomUUID()),
				"account-secret");

		mvc.perform(get(page(project)).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("No WhatsApp account yet")))
			.andExpect(content().string(containsString("/projects/" + project.id() + "/whatsapp/connect")))
			.andExpect(content().string(containsString("/solutions/" + SOLUTION + "/assign")));

		mvc.perform(change(post(page(project) + "/solutions/" + SOLUTION + "/assign")))
			.andExpect(redirectedUrl(page(project)))
			.andExpect(flash().attribute("flashSuccess", containsString("Partner solution " + SOLUTION + " assigned")));

		assertThat(sinch.get(project, "/whatsapp/solutions/" + SOLUTION).json().path("assigned").asBoolean()).isTrue();
		assertThat(audit(project, "WHATSAPP_SOLUTION_ASSIGN")).containsExactly("ATTEMPT", "SUCCEEDED");
		assertThat(jdbc.sql("select before::text || ' ' || after::text from audit_event where project_id = ? and action = 'WHATSAPP_SOLUTION_ASSIGN' and phase = 'SUCCEEDED'")
			.param(project.id()).query(String.class).single()).isEqualTo("{\"assigned\": []} {\"assigned\": [\"" + SOLUTION + "\"]}");
	}

	@Test
	void anOnboardedProjectsSolutionCannotBeReassignedAndSinchsAnswerSaysSo() throws Exception {
		SandboxProject project = onboarded();

		mvc.perform(change(post(page(project) + "/solutions/" + SOLUTION + "/assign")))
			.andExpect(flash().attribute("flashError", containsString("(solution_cannot_be_reassigned)")))
			.andExpect(flash().attribute("flashError", containsString("cannot change: nothing to do here")));
		assertThat(audit(project, "WHATSAPP_SOLUTION_ASSIGN")).containsExactly("ATTEMPT", "FAILED");
	}

	@Test
	void whenSinchCannotBeReachedThePageSaysSoOnce() throws Exception {
		SandboxProject project = onboarded();
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/**"));

		mvc.perform(get(page(project)).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch could not be reached")));
	}

	@Test
	void viewersReadButDoNotChangeAndUnknownProjectsAreNotFound() throws Exception {
		SandboxProject project = onboarded();

		mvc.perform(get(page(project)).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString("Add a comment"))));
		mvc.perform(post(page(project) + "/comments").param("comment", "x").with(user("viewer").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/projects/" + UUID.randomUUID() + "/whatsapp/account").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
	}

	private SandboxProject onboarded() {
		return ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Account " + UUID.randomUUID()),
				"account-secret");
	}

	private static String page(SandboxProject project) {
		return "/projects/" + project.id() + "/whatsapp/account";
	}

	private MockHttpServletRequestBuilder change(MockHttpServletRequestBuilder request) {
		return request.with(user("onboarder").roles("ONBOARDER")).with(csrf());
	}

	private List<String> audit(SandboxProject project, String action) {
		return jdbc.sql("select phase from audit_event where project_id = ? and action = ? order by id")
			.params(project.id(), action)
			.query(String.class)
			.list();
	}

}
