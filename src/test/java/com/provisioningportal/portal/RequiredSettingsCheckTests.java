package com.provisioningportal.portal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredSettingsCheckTests {

	private final List<RequiredSetting> registered = SpringFactoriesLoader.loadFactories(RequiredSetting.class,
			getClass().getClassLoader());

	@Test
	void theDatasourceIsRegisteredAsRequired() {
		assertThat(registered).extracting(RequiredSetting::variable)
			.contains("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "PORTAL_ENCRYPTION_KEY", "PORTAL_PUBLIC_URL",
					"PORTAL_AUDIT_SIGNING_KEY", "PORTAL_AUDIT_DIGEST_DIR");
	}

	@Test
	void aMissingSettingIsNamedInOneLine() {
		var problem = RequiredSettingsCheck.firstProblem(registered, Map.<String, String>of()::get);

		assertThat(problem).hasValueSatisfying(line -> {
			assertThat(line).startsWith("SPRING_DATASOURCE_URL is not set");
			assertThat(line).doesNotContain("\n");
		});
	}

	@Test
	void aMalformedSettingSaysWhatIsWrong() {
		var problem = RequiredSettingsCheck.firstProblem(registered,
				Map.of("spring.datasource.url", "jdbc:mysql://db/portal", "spring.datasource.username", "portal")::get);

		assertThat(problem).hasValue(
				"SPRING_DATASOURCE_URL is malformed (it must start with jdbc:postgresql://): set it to the JDBC URL of a PostgreSQL 17 database, e.g. jdbc:postgresql://db:5432/portal.");
	}

	@Test
	void completeSettingsPass() {
		var problem = RequiredSettingsCheck.firstProblem(registered,
				Map.of("spring.datasource.url", "jdbc:postgresql://db/portal", "spring.datasource.username", "portal",
						"portal.encryption-key", "cHJvdmlzaW9uaW5nLXBvcnRhbC1kZXYta2V5LTAwMDE=", "portal.public-url",
						"https://portal.example.com", "portal.audit.signing-key",
						"MC4CAQAwBQYDK2VwBCIEIDB74XC9TC6LvqgbrgZxmQqKMKb7L5eGRHFb+FubmpZ2", "portal.audit.digest-dir",
						"/var/lib/portal/audit-digests")::get);

		assertThat(problem).isEmpty();
	}

	@Test
	void startUpStopsBeforeTouchingTheDatabaseWhenTheDatasourceIsMissing() {
		var application = new SpringApplicationBuilder(PortalApplication.class)
			.properties("spring.datasource.url=", "spring.datasource.username=");

		assertThatThrownBy(() -> application.run())
			.isInstanceOf(RequiredSettingsCheck.MissingSettingException.class)
			.hasMessageStartingWith("SPRING_DATASOURCE_URL is not set");
	}

}
