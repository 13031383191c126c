package com.provisioningportal.portal;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.DatabaseOwner;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An installation from before teams keeps everyone's access: its data, written with the schema as it stood, is
 * migrated into one team "Everyone" holding every project, with its viewers and onboarders as members.
 */
@PortalTest
class TeamsMigrationTests {

	/** The last migration before teams. */
	private static final String BEFORE_TEAMS = "40";

	@Autowired
	DatabaseOwner owner;

	private String database;

	@AfterEach
	void dropTheDatabase() {
		if (database != null) {
			owner.drop(database);
		}
	}

	@Test
	void everyProjectAndEveryViewerAndOnboarderLandInTheTeamEveryone() {
		database = owner.createDatabase("before_teams");
		DataSource old = owner.dataSourceOf(database);
		Flyway.configure().dataSource(old).target(BEFORE_TEAMS).load().migrate();
		JdbcClient jdbc = JdbcClient.create(old);
		for (String[] user : new String[][] { { "ann", "VIEWER" }, { "bob", "ONBOARDER" }, { "cid", "AUDITOR" }, { "dee", "ADMIN" } }) {
			jdbc.sql("""
					insert into portal_user (username, password_hash, role, created_at, password_changed_at)
					values (?, 'x', ?, now(), now())""").params(user[0], user[1]).update();
		}
		List<UUID> projects = List.of(UUID.randomUUID(), UUID.randomUUID());
		for (UUID project : projects) {
			jdbc.sql("""
					insert into sinch_project (project_id, display_name, key_id, key_secret_encrypted, auth_mode, created_at,
					    created_by, credentials_changed_at, credentials_changed_by)
					values (?, ?, 'key', 'sealed', 'OAUTH2', now(), 'dee', now(), 'dee')""")
				.params(project, "Customer " + project)
				.update();
		}

		Flyway.configure().dataSource(old).load().migrate();

		assertThat(jdbc.sql("select name from team").query(String.class).list()).containsExactly("Everyone");
		assertThat(jdbc.sql("select project_id from team_project").query(UUID.class).list())
			.containsExactlyInAnyOrderElementsOf(projects);
		assertThat(jdbc.sql("""
				select u.username || ':' || m.role from team_member m join portal_user u on u.id = m.user_id
				order by u.username""").query(String.class).list()).containsExactly("ann:VIEWER", "bob:ONBOARDER");
	}

}
