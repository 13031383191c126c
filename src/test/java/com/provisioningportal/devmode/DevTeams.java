package com.provisioningportal.devmode;

import java.util.Locale;

import com.provisioningportal.sandbox.identity.SandboxIdentityProvider;
import com.provisioningportal.testsupport.SeedUsers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dev mode's teams: the Retail team with Sandbox Retail and the Travel team with Sandbox Travel, each with an onboarder
 * and a viewer (password = name), and the well-known users' team holding both. Runs after the projects are seeded.
 * Each team also takes the sandbox provider's group of its name, so people signing in there land in it.
 */
final class DevTeams implements ApplicationRunner, Ordered {

	static final String RETAIL = "00000000-0000-4000-8000-000000000001";

	static final String TRAVEL = "00000000-0000-4000-8000-000000000002";

	private final JdbcClient jdbc;

	private final SeedUsers users;

	DevTeams(JdbcClient jdbc, SeedUsers users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments args) {
		team("Retail team", "retail", RETAIL);
		team("Travel team", "travel", TRAVEL);
		group("Retail team", SandboxIdentityProvider.RETAIL_GROUP);
		group("Travel team", SandboxIdentityProvider.TRAVEL_GROUP);
		SeedUsers.giveProject(jdbc, SeedUsers.TEAM, RETAIL);
		SeedUsers.giveProject(jdbc, SeedUsers.TEAM, TRAVEL);
	}

	private void team(String name, String prefix, String projectId) {
		for (String role : new String[] { "onboarder", "viewer" }) {
			String username = prefix + "-" + role;
			users.ensure(username, username, role.toUpperCase(Locale.ROOT));
			users.ensureMember(name, username, role.toUpperCase(Locale.ROOT));
		}
		SeedUsers.giveProject(jdbc, name, projectId);
	}

	/** Members of the sandbox provider's group join the team as onboarders when they sign in with it. */
	private void group(String team, String group) {
		jdbc.sql("""
				insert into team_group (team_id, group_name, role) select id, :group, 'ONBOARDER' from team where name = :team
				on conflict do nothing""")
			.param("group", group)
			.param("team", team)
			.update();
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
