package com.provisioningportal.devmode;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import com.provisioningportal.sandbox.SandboxOptions;
import com.provisioningportal.sandbox.SinchSandbox;
import com.provisioningportal.portal.projects.DevProjects;
import com.provisioningportal.testsupport.PostgresChooser;
import com.provisioningportal.testsupport.SeedUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
class DevModeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevModeConfiguration.class);

	/** Everything dev mode keeps between runs; deleting it (with dev mode stopped) starts afresh. */
	static final Path DEV_DATA = Path.of(System.getProperty("portal.dev-data", ".dev-data")).toAbsolutePath();

	/** Port of the Sinch sandbox; {@code -Dportal.dev.sandbox-port=...} moves it. */
	static final int SANDBOX_PORT = Integer.getInteger("portal.dev.sandbox-port", SandboxOptions.DEV_MODE_PORT);

	/** The sandbox's base URL, known before it starts so the portal's properties can point at it. */
	static final String SANDBOX_URL = "http://localhost:" + SANDBOX_PORT;

	/** The simulated Sinch, living and dying with the portal; its state is kept in {@code .dev-data/sandbox/}. */
	@Bean(destroyMethod = "close")
	SinchSandbox sinchSandbox() {
		SinchSandbox sandbox = SinchSandbox
			.start(SandboxOptions.devMode(DEV_DATA.resolve("sandbox")).withPort(SANDBOX_PORT));
		log.info("Sinch sandbox on {} (control page {}/_sandbox)", SANDBOX_URL, SANDBOX_URL);
		return sandbox;
	}

	@Bean
	DataSource dataSource() {
		PostgresChooser.Database database = PostgresChooser.forDevMode(DEV_DATA.resolve("postgres"));
		log.info("Dev mode database: {}", database);
		return database.dataSource("portal-dev");
	}

	@Bean
	DevProjects devProjects(ApplicationContext context, SinchSandbox sandbox) {
		return new DevProjects(context, sandbox);
	}

	@Bean
	SeedUsers seedUsers(JdbcClient jdbc, Clock clock) {
		return new SeedUsers(jdbc, clock);
	}

}
