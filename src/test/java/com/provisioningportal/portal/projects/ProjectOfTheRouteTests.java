package com.provisioningportal.portal.projects;

import java.util.UUID;

import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every channel page under {@code /projects/{projectId}} gets its project from one loader: the project is in the
 * page's model, and an address naming a project the portal does not manage is the 404 page, even for an
 * administrator, whom the team rules let see every project.
 */
@PortalTest
class ProjectOfTheRouteTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest
	@ValueSource(strings = { "/whatsapp/senders", "/whatsapp/templates", "/whatsapp/account", "/whatsapp/connect",
			"/sms/apps", "/webhooks" })
	void aProjectThePortalDoesNotManageIsNotFound(String page) throws Exception {
		mvc.perform(get("/projects/" + UUID.randomUUID() + page).with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/whatsapp/senders", "/whatsapp/templates", "/sms/apps", "/webhooks" })
	void aManagedProjectIsInThePagesModel(String page) throws Exception {
		SandboxProject project = ProjectFixtures.register(context,
				TestSandbox.get().addOnboardedProject("Route project " + UUID.randomUUID()), "route-secret");

		Object shown = mvc.perform(get("/projects/" + project.id() + page).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("project");

		assertThat(shown).isInstanceOfSatisfying(ProjectSummary.class,
				summary -> assertThat(summary.projectId()).isEqualTo(project.id()));
	}

}
