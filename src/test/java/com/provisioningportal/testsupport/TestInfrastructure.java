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
 * clock tests can move, and the well-known users.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	private static final PostgresChooser.Database DATABASE = PostgresChooser.forTests();

	/** One clock for the whole run, so every cached context sees the same time. */
	public static final MutableClock CLOCK = new MutableClock(Instant.now());

	@Bean
	DataSource dataSource() {
		return DATABASE.dataSource("portal-test");
	}

	@Bean
	@Primary
	Clock testClock() {
		return CLOCK;
	}

	/** Points the portal at the run's Sinch sandbox and Meta sandbox (with the Meta app the sandbox knows). */
	@Bean
	DynamicPropertyRegistrar sandboxUrls() {
		return registry -> {
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
