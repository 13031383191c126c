package com.provisioningportal.portal.audit;

import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An auditor who belongs to a team reads the rows of that team's projects and nothing else. */
@PortalTest
class TeamAuditorReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	SeedUsers users;

	@Autowired
	ApplicationContext context;

	private final String resource = UUID.randomUUID().toString();

	private RequestPostProcessor teamAuditor;

	private long ours;

	private long theirs;

	private long noProject;

	@BeforeEach
	void oneRowInTheTeamsProjectOneInAnothersAndOneWithoutProject() {
		String team = "Audit team " + resource;
		String name = "team-auditor-" + resource.substring(0, 8);
		String ourProject = ProjectFixtures.registerWithCallback(context, "Ours " + resource, "ours-secret").id();
		String theirProject = ProjectFixtures.registerWithCallback(context, "Theirs " + resource, "theirs-secret").id();
		users.ensure(name, name, "AUDITOR");
		users.ensureMember(team, name, "AUDITOR");
		SeedUsers.giveProject(context.getBean(JdbcClient.class), team, ourProject);
		teamAuditor = user(name).roles("AUDITOR");
		ours = write(ourProject);
		theirs = write(theirProject);
		noProject = write(null);
	}

	@Test
	void theSearchShowsOnlyTheTeamsRows() throws Exception {
		String page = mvc.perform(get("/audit").param("resourceId", resource).with(teamAuditor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("/audit/" + ours + "\"").doesNotContain("/audit/" + theirs + "\"")
			.doesNotContain("/audit/" + noProject + "\"");
	}

	@Test
	void theExportHoldsOnlyTheTeamsRows() throws Exception {
		MvcResult started = mvc.perform(get("/audit/export").param("format", "csv").param("resourceId", resource).with(teamAuditor))
			.andExpect(request().asyncStarted())
			.andReturn();
		List<String> lines = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString().lines().toList();

		assertThat(lines.subList(1, lines.size())).singleElement().asString().startsWith(ours + ",");
	}

	@Test
	void anotherProjectsEntryIsNotFoundAndTheChainIsNotTheirsToVerify() throws Exception {
		mvc.perform(get("/audit/" + ours).with(teamAuditor)).andExpect(status().isOk());
		mvc.perform(get("/audit/" + theirs).with(teamAuditor)).andExpect(status().isNotFound());
		mvc.perform(get("/audit/" + noProject).with(teamAuditor)).andExpect(status().isNotFound());
		mvc.perform(get("/audit/verify").with(teamAuditor)).andExpect(status().isForbidden());
	}

	private long write(String projectId) {
		return auditLog.record(AuditEntry.of("TEST_TEAM_AUDIT").project(projectId).resource("test-team", resource),
				Phase.SUCCEEDED, Outcome.ok());
	}

}
