package com.provisioningportal.devmode;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Dev mode's sandbox settings are defaults: the environment, system properties and arguments win over them. */
class DevModeDefaultsTests {

	@AfterEach
	void clearSystemProperty() {
		System.clearProperty("sinch.provisioning-url");
	}

	@Test
	void withNothingGivenTheSandboxIsUsed() {
		ConfigurableEnvironment environment = preparedEnvironment(Map.of());

		assertThat(environment.getProperty("sinch.provisioning-url")).isEqualTo(DevModeConfiguration.SANDBOX_URL);
		assertThat(environment.getProperty("meta.graph-url")).isEqualTo(DevModeConfiguration.META_URL);
		assertThat(environment.getProperty("portal.sso.issuer-uri")).isEqualTo(DevModeConfiguration.IDENTITY_URL);
	}

	@Test
	void anEnvironmentVariableWins() {
		ConfigurableEnvironment environment = preparedEnvironment(
				Map.of("SINCH_PROVISIONING_URL", "http://recording-proxy.test", "META_GRAPH_URL", "http://graph.test"));

		assertThat(environment.getProperty("sinch.provisioning-url")).isEqualTo("http://recording-proxy.test");
		assertThat(environment.getProperty("meta.graph-url")).isEqualTo("http://graph.test");
		assertThat(environment.getProperty("sinch.auth-url")).isEqualTo(DevModeConfiguration.SANDBOX_URL + "/oauth2/token");
	}

	@Test
	void aSystemPropertyWins() {
		System.setProperty("sinch.provisioning-url", "http://other-sinch.test");

		assertThat(preparedEnvironment(Map.of()).getProperty("sinch.provisioning-url"))
			.isEqualTo("http://other-sinch.test");
	}

	@Test
	void aCommandLineArgumentWins() {
		ConfigurableEnvironment environment = preparedEnvironment(Map.of(), "--meta.app-id=42");

		assertThat(environment.getProperty("meta.app-id")).isEqualTo("42");
	}

	/** Prepares dev mode's environment with the given environment variables, then stops before any bean exists. */
	private static ConfigurableEnvironment preparedEnvironment(Map<String, Object> variables, String... args) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
		SpringApplication application = TestPortalApplication.application();
		application.setEnvironment(environment);
		application.addListeners(event -> {
			if (event instanceof ApplicationEnvironmentPreparedEvent) {
				throw new EnvironmentPrepared();
			}
		});
		assertThatExceptionOfType(EnvironmentPrepared.class).isThrownBy(() -> application.run(args));
		return environment;
	}

	private static final class EnvironmentPrepared extends RuntimeException {

		EnvironmentPrepared() {
			super(null, null, false, false);
		}

	}

}
