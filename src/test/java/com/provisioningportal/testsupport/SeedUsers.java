package com.provisioningportal.testsupport;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Creates the well-known users of dev mode and tests ({@code admin/admin}, {@code onboarder/onboarder},
 * {@code viewer/viewer}, {@code auditor/auditor}) when they are missing. It runs before the portal's first-admin
 * bootstrap, so that bootstrap finds users and prints no generated password. Test sources only: the production
 * jar cannot seed these.
 */
public class SeedUsers implements ApplicationRunner, Ordered {

	public static final String[] NAMES = { "admin", "onboarder", "viewer", "auditor" };

	/** The team of the well-known onboarder and viewer; the projects of tests and dev mode are given to it. */
	public static final String TEAM = "Sandbox team";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	public SeedUsers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (String name : NAMES) {
			ensure(name, name, name.toUpperCase(Locale.ROOT));
		}
		ensureMember(TEAM, "onboarder", "ONBOARDER");
		ensureMember(TEAM, "viewer", "VIEWER");
	}

	/** Creates the team if missing and makes the user a member with this role. */
	public void ensureMember(String team, String username, String role) {
		ensureTeam(jdbc, team);
		jdbc.sql("""
				insert into team_member (team_id, user_id, role)
				select t.id, u.id, :role from team t, portal_user u where t.name = :team and u.username = :username
				on conflict (team_id, user_id) do update set role = excluded.role
				""")
			.param("team", team)
			.param("username", username)
			.param("role", role)
			.update();
	}

	/** Gives the project to the team, creating the team if missing. */
	public static void giveProject(JdbcClient jdbc, String team, String projectId) {
		ensureTeam(jdbc, team);
		jdbc.sql("""
				insert into team_project (team_id, project_id)
				select t.id, cast(:project as uuid) from team t where t.name = :team
				on conflict do nothing
				""")
			.param("team", team)
			.param("project", projectId)
			.update();
	}

	private static void ensureTeam(JdbcClient jdbc, String team) {
		jdbc.sql("insert into team (name) values (:team) on conflict do nothing").param("team", team).update();
	}

	public void ensure(String username, String password, String role) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into portal_user (username, password_hash, role, enabled, must_change_password, created_at, password_changed_at)
				values (:username, :hash, :role, true, false, :now, :now)
				on conflict do nothing
				""")
			.param("username", username)
			.param("hash", encoder.encode(password))
			.param("role", role)
			.param("now", now)
			.update();
	}

	public void disable(String username) {
		jdbc.sql("update portal_user set enabled = false where username = ?").param(username).update();
	}

	public void requirePasswordChange(String username) {
		jdbc.sql("update portal_user set must_change_password = true where username = ?").param(username).update();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
