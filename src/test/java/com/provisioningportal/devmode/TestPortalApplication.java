package com.provisioningportal.devmode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.provisioningportal.portal.PortalApplication;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions.MetaApp;

import org.springframework.boot.SpringApplication;

/**
 * Dev mode: {@code ./mvnw spring-boot:test-run}. The portal on http://localhost:8080 with a real PostgreSQL
 * (external, container or embedded; see {@link com.provisioningportal.testsupport.PostgresChooser}), the dev
 * users, the Sinch sandbox on http://localhost:8089 and the Meta sandbox on http://localhost:8090 with its foreign
 * origin on http://localhost:8091 (see docs/sandbox.md), and everything kept under
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
			.run(Stream.of(Arrays.stream(args), Arrays.stream(sandboxUrls), metaSandboxSettings())
				.flatMap(settings -> settings)
				.toArray(String[]::new));
	}

	/** The portal's Meta settings for the Meta sandbox, each left out when its environment variable is given. */
	private static Stream<String> metaSandboxSettings() {
		MetaApp app = MetaSandboxOptions.DEV_MODE_APP;
		String meta = DevModeConfiguration.META_URL;
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("meta.graph-url", meta);
		settings.put("meta.sdk-url", meta + "/sdk.js");
		settings.put("meta.dialog-url", meta);
		settings.put("meta.app-id", app.id());
		settings.put("meta.app-secret", app.secret());
		settings.put("meta.config-id", app.configId());
		settings.put("meta.solution-id", app.solutionId());
		settings.put("meta.allowed-origins", meta);
		return settings.entrySet()
			.stream()
			.filter(setting -> System.getenv(environmentVariable(setting.getKey())) == null)
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue());
	}

	/** meta.graph-url is META_GRAPH_URL (the README's configuration names). */
	private static String environmentVariable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

}
