package com.provisioningportal.portal.identity;

import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class TeamAdministrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SeedUsers users;

	@Autowired
	ApplicationContext context;

	@Test
	void anAdministratorCreatesATeamAndTheCreationIsAudited() throws Exception {
		String name = unique("Retail");

		mvc.perform(asAdmin(post("/admin/teams")).param("name", "  " + name + " "))
			.andExpect(redirectedUrlPattern("/admin/teams/*"));

		mvc.perform(asAdmin(get("/admin/teams"))).andExpect(content().string(containsString(name)));
		assertThat(audit("TEAM_CREATE", name)).containsExactly("ATTEMPT admin", "SUCCEEDED admin");
	}

	@Test
	void aTeamNameIsTakenRegardlessOfCaseAndTheFormKeepsWhatWasTyped() throws Exception {
		String name = unique("Travel");
		team(name);

		mvc.perform(asAdmin(post("/admin/teams")).param("name", name.toUpperCase(java.util.Locale.ROOT)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A team with this name already exists.")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("value=\"" + name.toUpperCase(java.util.Locale.ROOT) + "\"")));
		assertThat(jdbc.sql("select count(*) from team where lower(name) = lower(?)").param(name).query(Integer.class).single())
			.isOne();
	}

	/** The apostrophe survives: the message has no arguments, so nothing formats it away. */
	@Test
	void aBlankNameIsRefusedInTheTeamsOwnWordsOnBothForms() throws Exception {
		long id = team(unique("Named"));

		mvc.perform(asAdmin(post("/admin/teams")).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the team&#39;s name.")));
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/name")).param("name", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the team&#39;s name.")));
	}

	@Test
	void renamingRecordsTheNameBeforeAndAfter() throws Exception {
		long id = team(unique("Old name"));
		String renamed = unique("New name");

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/name")).param("name", renamed))
			.andExpect(redirectedUrl("/admin/teams/" + id));

		assertThat(jdbc.sql("select name from team where id = ?").param(id).query(String.class).single()).isEqualTo(renamed);
		assertThat(jdbc.sql("""
				select (before->>'name') || ' -> ' || (after->>'name') from audit_event
				where action = 'TEAM_RENAME' and phase = 'SUCCEEDED' and resource_id like 'Old name%' order by id desc limit 1""")
			.query(String.class).single()).endsWith(" -> " + renamed);
	}

	@Test
	void aMemberJoinsWithATeamRoleThatCanBeChangedAndTheyCanLeave() throws Exception {
		String name = unique("Members");
		long id = team(name);
		String member = username();
		users.ensure(member, member, "VIEWER");

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/members")).param("username", member).param("role", "VIEWER"))
			.andExpect(redirectedUrl("/admin/teams/" + id));
		assertThat(teamRole(id, member)).isEqualTo("VIEWER");

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/members/" + userId(member) + "/role")).param("role", "ONBOARDER"))
			.andExpect(flash().attribute("flashSuccess", containsString("is now Onboarder")));
		assertThat(teamRole(id, member)).isEqualTo("ONBOARDER");

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/members/" + userId(member) + "/remove")))
			.andExpect(redirectedUrl("/admin/teams/" + id));
		assertThat(jdbc.sql("select count(*) from team_member where team_id = ?").param(id).query(Integer.class).single()).isZero();
		assertThat(audit("TEAM_MEMBER_ROLE_CHANGE", name)).containsExactly("ATTEMPT admin", "SUCCEEDED admin");
		assertThat(jdbc.sql("""
				select before::text || after::text from audit_event
				where action = 'TEAM_MEMBER_ROLE_CHANGE' and phase = 'SUCCEEDED' and resource_id = ?""")
			.param(name).query(String.class).single()).contains("VIEWER").contains("ONBOARDER");
	}

	@Test
	void administratorsJoinNoTeamAndAuditorsJoinOnlyAsAuditors() throws Exception {
		long id = team(unique("Rules"));
		String auditor = username();
		users.ensure(auditor, auditor, "AUDITOR");

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/members")).param("username", "admin").param("role", "VIEWER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Administrators see every project already; they join no team.")));
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/members")).param("username", auditor).param("role", "ONBOARDER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An auditor joins a team as its auditor.")))
			.andExpect(content().string(containsString("id=\"role-error\"")));
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/members")).param("username", "viewer").param("role", "AUDITOR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Only users with the Auditor role audit a team&#39;s projects.")));
		assertThat(jdbc.sql("select count(*) from team_member where team_id = ?").param(id).query(Integer.class).single()).isZero();
	}

	@Test
	void anAuditorsLastTeamKeepsThemSoTheyNeverSilentlyBecomeAGlobalAuditor() throws Exception {
		String name = unique("Audited");
		long id = team(name);
		String auditor = username();
		users.ensure(auditor, auditor, "AUDITOR");
		users.ensureMember(name, auditor, "AUDITOR");

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/members/" + userId(auditor) + "/remove")))
			.andExpect(flash().attribute("flashError", containsString("This is the last team of auditor " + auditor)));
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/delete")).param("confirmation", name))
			.andExpect(flash().attribute("flashError", containsString("last team of auditor")));

		assertThat(teamRole(id, auditor)).isEqualTo("AUDITOR");
		assertThat(audit("TEAM_MEMBER_REMOVE", name)).containsExactly("ATTEMPT admin", "FAILED admin");
	}

	@Test
	void aTeamWithProjectsOrAWrongConfirmationIsNotDeleted() throws Exception {
		String name = unique("Holding");
		long id = team(name);
		SandboxProject project = ProjectFixtures.registerWithCallback(context, unique("Held"), "callback-secret");
		SeedUsers.giveProject(jdbc, name, project.id());

		mvc.perform(asAdmin(get("/admin/teams/" + id))).andExpect(content().string(containsString("id=\"delete-blocked\"")));
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/delete")).param("confirmation", name))
			.andExpect(flash().attribute("flashError", containsString("This team still has 1 project.")));

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/projects/" + project.id() + "/remove")))
			.andExpect(redirectedUrl("/admin/teams/" + id));
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/delete")).param("confirmation", "not the name"))
			.andExpect(flash().attribute("flashError", "Type the team's name exactly to delete it."));
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/delete")).param("confirmation", name))
			.andExpect(redirectedUrl("/admin/teams"));

		assertThat(jdbc.sql("select count(*) from team where id = ?").param(id).query(Integer.class).single()).isZero();
		assertThat(audit("TEAM_DELETE", name)).containsExactly("ATTEMPT admin", "FAILED admin", "ATTEMPT admin",
				"FAILED admin", "ATTEMPT admin", "SUCCEEDED admin");
	}

	@Test
	void givingAProjectToATeamLetsItsMembersReachItAndRemovingItTakesThatAway() throws Exception {
		String name = unique("Giving");
		long id = team(name);
		String member = username();
		users.ensure(member, member, "VIEWER");
		users.ensureMember(name, member, "VIEWER");
		SandboxProject project = ProjectFixtures.registerWithCallback(context, unique("Given"), "callback-secret");

		mvc.perform(get("/projects/" + project.id()).with(user(member).roles("VIEWER"))).andExpect(status().isNotFound());
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/projects")).param("projectId", project.id()))
			.andExpect(redirectedUrl("/admin/teams/" + id));
		mvc.perform(get("/projects/" + project.id()).with(user(member).roles("VIEWER"))).andExpect(status().isOk());
		mvc.perform(asAdmin(post("/admin/teams/" + id + "/projects")).param("projectId", project.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The team has this project already.")));

		mvc.perform(asAdmin(post("/admin/teams/" + id + "/projects/" + project.id() + "/remove")))
			.andExpect(redirectedUrl("/admin/teams/" + id));
		mvc.perform(get("/projects/" + project.id()).with(user(member).roles("VIEWER"))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("""
				select action from audit_event where project_id = ? and action like 'TEAM_PROJECT_%' and phase = 'SUCCEEDED'
				order by id""").param(project.id()).query(String.class).list())
			.containsExactly("TEAM_PROJECT_ADD", "TEAM_PROJECT_REMOVE");
	}

	@Test
	void aMembersTeamRoleDecidesWhatTheyMayDoOnThatTeamsProjectsAndTheAuditLogSaysSo() throws Exception {
		String member = username();
		users.ensure(member, member, "VIEWER");
		String onboarding = unique("Onboarding");
		String reading = unique("Reading");
		users.ensureMember(onboarding, member, "ONBOARDER");
		users.ensureMember(reading, member, "VIEWER");
		SandboxProject onboarded = ProjectFixtures.registerWithCallback(context, unique("Onboarded"), "callback-secret");
		SandboxProject read = ProjectFixtures.registerWithCallback(context, unique("Read"), "callback-secret");
		SeedUsers.giveProject(jdbc, onboarding, onboarded.id());
		SeedUsers.giveProject(jdbc, reading, read.id());

		mvc.perform(get("/projects/" + onboarded.id()).with(user(member).roles("VIEWER")))
			.andExpect(content().string(containsString("id=\"connect-whatsapp\"")));
		mvc.perform(get("/projects/" + read.id()).with(user(member).roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"connect-whatsapp\""))));
		mvc.perform(get("/projects/" + read.id() + "/sms/apps/new").with(user(member).roles("VIEWER")))
			.andExpect(status().isForbidden());

		mvc.perform(post("/projects/" + onboarded.id() + "/whatsapp/connect/links").with(user(member).roles("VIEWER")).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + onboarded.id() + "/whatsapp/connect"));
		assertThat(jdbc.sql("select distinct actor_roles from audit_event where actor = ? and project_id = ?")
			.param(member).param(onboarded.id()).query(String.class).list()).singleElement().asString().contains("ONBOARDER");
	}

	@Test
	void aUserWhoBecomesAnAuditorAuditsInTheirTeamsAndReadsThereAgainWhenTheyStop() throws Exception {
		String name = unique("Follow");
		long id = team(name);
		String member = username();
		users.ensure(member, member, "ONBOARDER");
		users.ensureMember(name, member, "ONBOARDER");

		mvc.perform(asAdmin(post("/admin/users/" + userId(member) + "/role")).param("role", "AUDITOR"))
			.andExpect(status().is3xxRedirection());
		assertThat(teamRole(id, member)).isEqualTo("AUDITOR");
		mvc.perform(asAdmin(post("/admin/users/" + userId(member) + "/role")).param("role", "VIEWER"))
			.andExpect(status().is3xxRedirection());
		assertThat(teamRole(id, member)).isEqualTo("VIEWER");
	}

	private List<String> audit(String action, String teamName) {
		return jdbc.sql("select phase || ' ' || actor from audit_event where action = ? and resource_id = ? order by id")
			.param(action)
			.param(teamName)
			.query(String.class)
			.list();
	}

	private long team(String name) {
		jdbc.sql("insert into team (name) values (?) on conflict do nothing").param(name).update();
		return jdbc.sql("select id from team where name = ?").param(name).query(Long.class).single();
	}

	private long userId(String username) {
		return jdbc.sql("select id from portal_user where username = ?").param(username).query(Long.class).single();
	}

	private String teamRole(long teamId, String username) {
		return jdbc.sql("select m.role from team_member m join portal_user u on u.id = m.user_id where m.team_id = ? and u.username = ?")
			.param(teamId)
			.param(username)
			.query(String.class)
			.single();
	}

	private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
		return request.with(user("admin").roles("ADMIN")).with(csrf());
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String username() {
		return "team-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
