package com.provisioningportal.devmode;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import com.provisioningportal.testsupport.PostgresChooser;
import com.provisioningportal.testsupport.SeedUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestConfiguration(proxyBeanMethods = false)
class DevModeConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevModeConfiguration.class);

	/** Everything dev mode keeps between runs; deleting it (with dev mode stopped) starts afresh. */
	static final Path DEV_DATA = Path.of(System.getProperty("portal.dev-data", ".dev-data")).toAbsolutePath();

	@Bean
	DataSource dataSource() {
		PostgresChooser.Database database = PostgresChooser.forDevMode(DEV_DATA.resolve("postgres"));
		log.info("Dev mode database: {}", database);
		return database.dataSource("portal-dev");
	}

	@Bean
	SeedUsers seedUsers(JdbcClient jdbc, Clock clock) {
		return new SeedUsers(jdbc, clock);
	}

}
