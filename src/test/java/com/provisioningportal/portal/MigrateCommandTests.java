package com.provisioningportal.portal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.provisioningportal.testsupport.DatabaseOwner;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's {@code migrate} command brings an empty database to the current schema, as an init container would. */
@PortalTest
class MigrateCommandTests {

	@Autowired
	DatabaseOwner owner;

	String database;

	@AfterEach
	void dropTheDatabase() {
		if (database != null) {
			owner.drop(database);
		}
	}

	@Test
	void anEmptyDatabaseIsMigratedAsItsOwnerAndASecondRunChangesNothing() {
		database = owner.createDatabase("migrate");
		String url = owner.jdbcUrlOf(database);
		Map<String, String> environment = Map.of("SPRING_DATASOURCE_URL", url, "SPRING_FLYWAY_USER", owner.username(),
				"SPRING_FLYWAY_PASSWORD", owner.password());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

		assertThat(new MigrateCommand().run(new String[] { "migrate" }, environment, print, print)).isZero();
		assertThat(new MigrateCommand().run(new String[] { "migrate" }, environment, print, print)).isZero();

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("migrations applied now", "(0 migrations applied now)");
		JdbcClient migrated = JdbcClient.create(owner.dataSourceOf(database));
		assertThat(migrated.sql("select count(*) > 0 from flyway_schema_history where success").query(Boolean.class).single()).isTrue();
		assertThat(migrated.sql("select to_regclass('audit_event') is not null").query(Boolean.class).single()).isTrue();
	}

	@Test
	void withoutTheOwnersCredentialsItSaysWhatItNeeds() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream print = new PrintStream(err, true, StandardCharsets.UTF_8);

		assertThat(new MigrateCommand().run(new String[] { "migrate" }, Map.of("SPRING_DATASOURCE_URL", "jdbc:postgresql://db/portal"),
				print, print)).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("SPRING_FLYWAY_USER");
	}

}
