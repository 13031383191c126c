package com.provisioningportal.devmode;

import java.util.Arrays;
import java.util.stream.Stream;

import com.provisioningportal.portal.PortalApplication;

import org.springframework.boot.SpringApplication;

/**
 * Dev mode: {@code ./mvnw spring-boot:test-run}. The portal on http://localhost:8080 with a real PostgreSQL
 * (external, container or embedded; see {@link com.provisioningportal.testsupport.PostgresChooser}), the dev
 * users, the Sinch sandbox on http://localhost:8089 (see docs/sandbox.md), and everything kept under
 * {@code .dev-data/} until you delete that folder.
 */
public final class TestPortalApplication {

	private TestPortalApplication() {
	}

	public static void main(String[] args) {
		String[] sandboxUrls = { "--sinch.provisioning-url=" + DevModeConfiguration.SANDBOX_URL,
				"--sinch.auth-url=" + DevModeConfiguration.SANDBOX_URL + "/oauth2/token" };
		SpringApplication.from(PortalApplication::main)
			.with(DevModeConfiguration.class)
			.withAdditionalProfiles("dev")
			.run(Stream.concat(Arrays.stream(args), Arrays.stream(sandboxUrls)).toArray(String[]::new));
	}

}
