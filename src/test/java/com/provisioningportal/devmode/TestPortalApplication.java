package com.provisioningportal.devmode;

import com.provisioningportal.portal.PortalApplication;

import org.springframework.boot.SpringApplication;

/**
 * Dev mode: {@code ./mvnw spring-boot:test-run}. The portal on http://localhost:8080 with a real PostgreSQL
 * (external, container or embedded; see {@link com.provisioningportal.testsupport.PostgresChooser}), the dev
 * users, and everything kept under {@code .dev-data/} until you delete that folder.
 */
public final class TestPortalApplication {

	private TestPortalApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(PortalApplication::main)
			.with(DevModeConfiguration.class)
			.withAdditionalProfiles("dev")
			.run(args);
	}

}
