package com.provisioningportal.portal.projects;

import java.util.UUID;

import com.provisioningportal.portal.gateway.AuthMode;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ProjectPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProjectRegistry registry;

	@Autowired
	SeedUsers users;

	@Test
	void anAdministratorAddsAProjectWhoseSecretIsStoredEncryptedAndNeverShown() throws Exception {
		SandboxProject project = atSinch();
		String id = project.id();
		String name = "Customer " + id.substring(0, 6);

		add(project, name, "OAUTH2").andExpect(redirectedUrl("/projects/" + id));

		String stored = jdbc.sql("select key_secret_encrypted from sinch_project where project_id = ?::uuid").param(id)
			.query(String.class).single();
		assertThat(stored).doesNotContain(project.keySecret());
		assertThat(registry.keySecret(id)).hasValue(project.keySecret());
		mvc.perform(get("/projects/" + id).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString(project.keySecret()))));
		mvc.perform(get("/projects/" + id + "/edit").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(not(containsString(project.keySecret()))));
	}

	@Test
	void addingAndEditingAProjectIsAuditedWithoutItsSecret() throws Exception {
		SandboxProject project = atSinch();
		add(project, "Audited " + project.id().substring(0, 6), "OAUTH2").andExpect(redirectedUrl("/projects/" + project.id()));
		edit(project.id(), "Audited again " + project.id().substring(0, 6), project.keyId(), project.keySecret(), "OAUTH2");

		var rows = jdbc.sql("""
				select action, phase, actor, coalesce(request::text, '') || coalesce(before::text, '') || coalesce(after::text, '') as content
				from audit_event where resource_type = 'project' and resource_id = ? order by id""")
			.param(project.id())
			.query((row, n) -> row.getString("action") + " " + row.getString("phase") + " " + row.getString("actor") + " "
					+ row.getString("content"))
			.list();
		assertThat(rows).hasSize(4).noneMatch(row -> row.contains(project.keySecret()));
		assertThat(rows).extracting(row -> row.substring(0, row.indexOf(" admin")))
			.containsExactly("PROJECT_CREATE ATTEMPT", "PROJECT_CREATE SUCCEEDED", "PROJECT_UPDATE ATTEMPT", "PROJECT_UPDATE SUCCEEDED");
	}

	@Test
	void aNewProjectReachesTheMembersOfTheTeamsChosenOnTheFormAndNoOneElse() throws Exception {
		SandboxProject project = atSinch();
		String name = "Teams " + project.id().substring(0, 6);
		long travel = teamId("Pages travel team");
		users.ensure("pages-travel-viewer", "pages-travel-viewer", "VIEWER");
		users.ensureMember("Pages travel team", "pages-travel-viewer", "VIEWER");

		mvc.perform(admin(get("/projects/new"))).andExpect(content().string(containsString("Pages travel team")));
		add(project.id(), name, project.keyId(), project.keySecret(), "OAUTH2", teamId(SeedUsers.TEAM), travel)
			.andExpect(redirectedUrl("/projects/" + project.id()));

		mvc.perform(get("/projects/" + project.id()).with(user("pages-travel-viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pages travel team")))
			.andExpect(content().string(containsString(SeedUsers.TEAM)));
		assertThat(jdbc.sql("select (after->'teams')::text from audit_event where action = 'PROJECT_CREATE' and phase = 'SUCCEEDED' and project_id = ?")
			.param(project.id()).query(String.class).single()).isEqualTo("[\"Pages travel team\", \"" + SeedUsers.TEAM + "\"]");
		users.ensure("pages-other-viewer", "pages-other-viewer", "VIEWER");
		users.ensureMember("Pages other team", "pages-other-viewer", "VIEWER");
		mvc.perform(get("/projects/" + project.id()).with(user("pages-other-viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aMemberOfTeamsWithoutProjectsIsToldWhyTheListIsEmpty() throws Exception {
		users.ensure("pages-empty-viewer", "pages-empty-viewer", "VIEWER");
		users.ensureMember("Pages empty team", "pages-empty-viewer", "VIEWER");

		mvc.perform(get("/projects").with(user("pages-empty-viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("No projects for you yet")))
			.andExpect(content().string(not(containsString("An administrator adds a project with its access key."))));
	}

	@Test
	void aProjectOfNoTeamSaysWhoSeesIt() throws Exception {
		SandboxProject project = atSinch();
		add(project.id(), "Teamless " + project.id().substring(0, 6), project.keyId(), project.keySecret(), "OAUTH2")
			.andExpect(redirectedUrl("/projects/" + project.id()));

		mvc.perform(admin(get("/projects/" + project.id())))
			.andExpect(content().string(containsString("None: only administrators and global auditors see this project.")))
			.andExpect(content().string(containsString("Give it to a team")));
		mvc.perform(get("/projects/" + project.id()).with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
	}

	@Test
	void aTeamThatNoLongerExistsIsRefusedBesideTheTeamsAndNothingIsAdded() throws Exception {
		SandboxProject project = atSinch();

		add(project.id(), "Gone team " + project.id().substring(0, 6), project.keyId(), project.keySecret(), "OAUTH2", 987654321L)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One of the chosen teams no longer exists.")))
			.andExpect(content().string(containsString("id=\"teamIds-error\"")));
		assertThat(registry.find(project.id())).isEmpty();
	}

	@Test
	void aKeySinchRefusesIsNotSavedAndSinchsAnswerIsShownBesideTheSecret() throws Exception {
		SandboxProject project = atSinch();

		add(project.id(), "Wrong key " + project.id().substring(0, 6), project.keyId(), "not-the-secret", "OAUTH2")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch refused these credentials")))
			.andExpect(content().string(containsString("id=\"keySecret-error\"")));
		add(project.id(), "Wrong key " + project.id().substring(0, 6), project.keyId(), "not-the-secret", "BASIC")
			.andExpect(content().string(containsString("Sinch refused these credentials")));

		assertThat(registry.find(project.id())).isEmpty();
	}

	@Test
	void aChangedSecretIsCheckedBeforeItReplacesTheStoredOne() throws Exception {
		SandboxProject project = atSinch();
		add(project, "Recheck " + project.id().substring(0, 6), "OAUTH2");

		edit(project.id(), "Recheck " + project.id().substring(0, 6), project.keyId(), "a-wrong-new-secret", "OAUTH2")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch refused these credentials")));

		assertThat(registry.keySecret(project.id())).hasValue(project.keySecret());
	}

	@Test
	void aProjectCannotBeRegisteredTwiceNorTwoProjectsShareAName() throws Exception {
		SandboxProject project = atSinch();
		String name = "Twin " + project.id().substring(0, 6);
		add(project, name, "OAUTH2");

		add(project, "Other " + project.id().substring(0, 6), "OAUTH2")
			.andExpect(content().string(containsString("This project is already registered.")));
		add(atSinch(), name.toUpperCase(java.util.Locale.ROOT), "OAUTH2")
			.andExpect(content().string(containsString("Another project already has this name.")));
	}

	@Test
	void editingWithoutASecretKeepsTheStoredOneAndANewSecretReplacesIt() throws Exception {
		SandboxProject project = atSinch();
		String id = project.id();
		add(project, "Edit " + id.substring(0, 6), "OAUTH2");

		edit(id, "Renamed " + id.substring(0, 6), project.keyId(), "", "OAUTH2").andExpect(redirectedUrl("/projects/" + id));
		assertThat(registry.keySecret(id)).hasValue(project.keySecret());
		assertThat(registry.get(id).displayName()).startsWith("Renamed");

		edit(id, "Renamed " + id.substring(0, 6), project.keyId(), project.keySecret(), "BASIC")
			.andExpect(redirectedUrl("/projects/" + id));
		assertThat(registry.get(id).authMode()).isEqualTo(AuthMode.BASIC);
		assertThat(registry.get(id).credentialsChangedBy()).isEqualTo("admin");
	}

	@Test
	void theProjectIdNeverChanges() throws Exception {
		SandboxProject project = atSinch();
		String id = project.id();
		add(project, "Fixed " + id.substring(0, 6), "OAUTH2");

		mvc.perform(admin(post("/projects/" + id + "/edit")).param("projectId", UUID.randomUUID().toString())
			.param("displayName", "Fixed " + id.substring(0, 6)).param("keyId", project.keyId()).param("authMode", "OAUTH2"))
			.andExpect(redirectedUrl("/projects/" + id));
		assertThat(registry.find(id)).isPresent();
	}

	@Test
	void aBasicAuthProjectCarriesAPermanentWarning() throws Exception {
		SandboxProject project = atSinch();
		String id = project.id();
		add(project, "Basic " + id.substring(0, 6), "BASIC");

		mvc.perform(get("/projects/" + id).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("calls Sinch with Basic authentication: for testing only")));
	}

	@Test
	void theDashboardShowsACardPerProjectToThoseWhoReadChannels() throws Exception {
		SandboxProject project = atSinch();
		String id = project.id();
		add(project, "Card " + id.substring(0, 6), "OAUTH2");

		mvc.perform(get("/").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-project-id=\"" + id + "\"")));
		mvc.perform(get("/").with(user("auditor").roles("AUDITOR")))
			.andExpect(content().string(not(containsString("data-project-id=\"" + id + "\""))));
	}

	@Test
	void onlyAdministratorsAddOrEditProjects() throws Exception {
		mvc.perform(get("/projects/new").with(user("onboarder").roles("ONBOARDER"))).andExpect(status().isForbidden());
		mvc.perform(get("/projects").with(user("onboarder").roles("ONBOARDER"))).andExpect(status().isOk());
	}

	@Test
	void anUnknownOrMalformedProjectIdIsNotFound() throws Exception {
		mvc.perform(get("/projects/" + UUID.randomUUID()).with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
		mvc.perform(get("/projects/nope").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
	}

	/** A project that exists at the run's Sinch sandbox, so its credentials are real there. */
	private static SandboxProject atSinch() {
		return TestSandbox.get().addProject("Pages " + UUID.randomUUID());
	}

	/** Adds the project as an administrator, giving it on the form to the seeded viewer's and onboarder's team. */
	private ResultActions add(SandboxProject project, String name, String mode) throws Exception {
		return add(project.id(), name, project.keyId(), project.keySecret(), mode, teamId(SeedUsers.TEAM));
	}

	private ResultActions add(String id, String name, String keyId, String secret, String mode, long... teamIds)
			throws Exception {
		MockHttpServletRequestBuilder request = admin(post("/projects/new")).param("projectId", id).param("displayName", name)
			.param("keyId", keyId).param("keySecret", secret).param("authMode", mode);
		for (long teamId : teamIds) {
			request.param("teamIds", String.valueOf(teamId));
		}
		return mvc.perform(request);
	}

	private long teamId(String name) {
		jdbc.sql("insert into team (name) values (?) on conflict do nothing").param(name).update();
		return jdbc.sql("select id from team where name = ?").param(name).query(Long.class).single();
	}

	private ResultActions edit(String id, String name, String keyId, String secret, String mode) throws Exception {
		return mvc.perform(admin(post("/projects/" + id + "/edit")).param("displayName", name).param("keyId", keyId)
			.param("keySecret", secret).param("authMode", mode));
	}

	private static MockHttpServletRequestBuilder admin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).with(csrf());
	}

}
