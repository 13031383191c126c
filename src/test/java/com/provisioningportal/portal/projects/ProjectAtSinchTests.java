package com.provisioningportal.portal.projects;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import com.provisioningportal.portal.audit.AuditOutage;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderFilter;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A registered project talking to Sinch (the sandbox) through the gateway: setup status and status updates. */
@PortalTest
class ProjectAtSinchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	WhatsAppSenders senders;

	@Autowired
	ProjectRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theGatewayCallsSinchForARegisteredProjectWithItsStoredCredentials() {
		SandboxProject project = registered(TestSandbox.get().addOnboardedProject("Gateway " + UUID.randomUUID()));

		List<WhatsAppSender> listed = senders.listSenders(project.id(), WhatsAppSenderFilter.none(), PageRequest.first())
			.items();

		assertThat(listed).isNotNull();
		assertThat(TestSandbox.get().requests()).filteredOn(request -> request.path().contains(project.id()))
			.last()
			.satisfies(request -> assertThat(request.header("Authorization")).startsWith("Bearer"));
	}

	@Test
	void theProjectPageShowsWhatSinchSaysAboutItsSetup() throws Exception {
		SandboxProject onboarded = registered(TestSandbox.get().addOnboardedProject("Setup " + UUID.randomUUID()));
		SandboxProject empty = registered(TestSandbox.get().addProject("Empty " + UUID.randomUUID()));

		mvc.perform(get("/projects/" + onboarded.id()).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Sinch accepted the access key")))
			.andExpect(content().string(containsString("data-state=\"ONBOARDED\"")));
		mvc.perform(get("/projects/" + empty.id()).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("No WhatsApp account yet")));
	}

	@Test
	void receivingStatusUpdatesRegistersThePortalsWebhookAtSinchAndIsAudited() throws Exception {
		SandboxProject project = registered(TestSandbox.get().addProject("Updates " + UUID.randomUUID()));

		mvc.perform(post("/projects/" + project.id() + "/status-updates").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + project.id()))
			.andExpect(flash().attribute("flashSuccess", "Status updates are on: Sinch will call http://localhost:8080/callbacks/sinch/"
					+ project.id() + " for every event."));

		var webhooks = TestSandbox.get().resources(project.id()).path("webhooks");
		assertThat(webhooks.size()).isEqualTo(1);
		var webhook = webhooks.values().iterator().next();
		assertThat(webhook.path("target").asString()).isEqualTo("http://localhost:8080/callbacks/sinch/" + project.id());
		assertThat(webhook.path("triggers").get(0).asString()).isEqualTo("ALL");
		assertThat(registry.get(project.id()).callbackRegistered()).isTrue();
		assertThat(registry.callbackSecret(project.id())).isPresent();
		assertThat(auditRows(project.id())).containsExactly("PROJECT_STATUS_UPDATES_ENABLE ATTEMPT",
				"PROJECT_STATUS_UPDATES_ENABLE SUCCEEDED");
		assertThat(auditContent(project.id())).doesNotContain(registry.callbackSecret(project.id()).orElseThrow());
	}

	@Test
	void repairingStatusUpdatesReusesTheWebhookSinchAlreadyHasWithANewSecret() throws Exception {
		SandboxProject project = registered(TestSandbox.get().addProject("Repair " + UUID.randomUUID()));
		mvc.perform(post("/projects/" + project.id() + "/status-updates").with(user("admin").roles("ADMIN")).with(csrf()));
		String firstSecret = registry.callbackSecret(project.id()).orElseThrow();

		mvc.perform(post("/projects/" + project.id() + "/status-updates").with(user("admin").roles("ADMIN")).with(csrf()));

		assertThat(TestSandbox.get().resources(project.id()).path("webhooks").size()).isEqualTo(1);
		assertThat(registry.callbackSecret(project.id())).isPresent().get().isNotEqualTo(firstSecret);
	}

	@Test
	void whenTheAuditLogCannotRecordTheAttemptNothingIsSentToSinchAndTheAdministratorIsToldWhy() throws Exception {
		SandboxProject project = registered(TestSandbox.get().addProject("Unaudited " + UUID.randomUUID()));
		long before = requestsFor(project);

		AuditOutage.during(dataSource, () -> mvc
			.perform(post("/projects/" + project.id() + "/status-updates").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("The change was not made")))
			.andExpect(content().string(containsString("The audit log could not record this change, so it was not made."))));

		assertThat(requestsFor(project)).as("requests to Sinch for the project").isEqualTo(before);
		assertThat(registry.get(project.id()).callbackRegistered()).isFalse();
	}

	private SandboxProject registered(SandboxProject project) {
		registry.add(new ProjectRegistry.AddProject(project.id(), project.name(), project.keyId(), project.keySecret(),
				com.provisioningportal.portal.gateway.AuthMode.OAUTH2, Set.of(), "test"));
		com.provisioningportal.testsupport.SeedUsers.giveProject(jdbc, com.provisioningportal.testsupport.SeedUsers.TEAM, project.id());
		return project;
	}

	private static long requestsFor(SandboxProject project) {
		return TestSandbox.get().requests().stream().filter(request -> request.path().contains(project.id())).count();
	}

	private List<String> auditRows(String projectId) {
		return jdbc.sql("select action || ' ' || phase from audit_event where project_id = ? and action like 'PROJECT_STATUS%' order by id")
			.param(projectId).query(String.class).list();
	}

	private String auditContent(String projectId) {
		return String.join(" ", jdbc.sql("""
				select coalesce(request::text, '') || coalesce(before::text, '') || coalesce(after::text, '')
				from audit_event where project_id = ?""").param(projectId).query(String.class).list());
	}

}
