package com.provisioningportal.portal;

import com.provisioningportal.testsupport.PortalTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema belongs to Flyway; Hibernate only validates it (the context would not start otherwise). */
@PortalTest
class MigrationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationIsAppliedToARealPostgreSql() {
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.info().applied()).isNotEmpty().allSatisfy(migration -> assertThat(migration.getState().isFailed()).isFalse());
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
	}

	@Test
	void theDatabaseRefusesARoleThatDoesNotExist() {
		assertThatThrownBy(() -> jdbc.sql("""
				insert into portal_user (username, password_hash, role, created_at, password_changed_at)
				values ('boss', 'x', 'BOSS', now(), now())""").update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDatabaseRefusesTwoUsersWhoseNamesDifferOnlyInCase() {
		jdbc.sql("""
				insert into portal_user (username, password_hash, role, created_at, password_changed_at)
				values ('Case-Twin', 'x', 'VIEWER', now(), now())""").update();

		assertThatThrownBy(() -> jdbc.sql("""
				insert into portal_user (username, password_hash, role, created_at, password_changed_at)
				values ('case-twin', 'x', 'VIEWER', now(), now())""").update()).isInstanceOf(DataIntegrityViolationException.class);
	}

}
