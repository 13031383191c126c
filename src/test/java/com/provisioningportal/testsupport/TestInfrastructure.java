package com.provisioningportal.testsupport;

import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * What every portal test context shares: one PostgreSQL database and one Sinch sandbox for the whole run, a
 * clock tests can move, and the well-known users. The portal connects as the restricted role production uses
 * ({@code portal_app}: its grants come from the migrations' {@code afterMigrate.sql}), and Flyway as the owner,
 * so a missing grant fails a test rather than a deployment. Tests that play the database's owner use
 * {@link DatabaseOwner}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	private static final PostgresChooser.Database DATABASE = PostgresChooser.forTests();

	private static final PostgresChooser.Database APPLICATION = DATABASE.restrictedRole("portal_app", "portal_app");

	/** One clock for the whole run, so every cached context sees the same time. */
	public static final MutableClock CLOCK = new MutableClock(Instant.now());

	@Bean
	DataSource dataSource() {
		return APPLICATION.dataSource("portal-test");
	}

	@Bean
	DatabaseOwner databaseOwner() {
		return new DatabaseOwner(DATABASE);
	}

	@Bean
	@Primary
	Clock testClock() {
		return CLOCK;
	}

	/** Flyway migrates as the owner; points the portal at the run's Sinch sandbox and Meta sandbox (with the Meta app the sandbox knows). */
	@Bean
	DynamicPropertyRegistrar sandboxUrls() {
		PlantedSecrets.plant(TestMetaSandbox.get().app().secret());
		return registry -> {
			registry.add("spring.flyway.url", DATABASE::jdbcUrl);
			registry.add("spring.flyway.user", DATABASE::username);
			registry.add("spring.flyway.password", DATABASE::password);
			registry.add("sinch.provisioning-url", () -> TestSandbox.get().baseUrl());
			registry.add("sinch.auth-url", () -> TestSandbox.get().tokenUrl());
			registry.add("meta.graph-url", () -> TestMetaSandbox.get().graphUrl());
			registry.add("meta.sdk-url", () -> TestMetaSandbox.get().sdkUrl());
			registry.add("meta.dialog-url", () -> TestMetaSandbox.get().dialogUrl());
			registry.add("meta.allowed-origins", () -> TestMetaSandbox.get().origin());
			registry.add("meta.app-id", () -> TestMetaSandbox.get().app().id());
			registry.add("meta.app-secret", () -> TestMetaSandbox.get().app().secret());
			registry.add("meta.config-id", () -> TestMetaSandbox.get().app().configId());
			registry.add("meta.solution-id", () -> TestMetaSandbox.get().app().solutionId());
		};
	}

	@Bean
	SeedUsers seedUsers(JdbcClient jdbc) {
		return new SeedUsers(jdbc, CLOCK);
	}

}
