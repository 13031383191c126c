package com.provisioningportal.devmode;

import java.util.Locale;

import com.provisioningportal.testsupport.SeedUsers;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dev mode's teams: the Retail team with Sandbox Retail and the Travel team with Sandbox Travel, each with an onboarder
 * and a viewer (password = name), and the well-known users' team holding both. Runs after the projects are seeded.
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

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
