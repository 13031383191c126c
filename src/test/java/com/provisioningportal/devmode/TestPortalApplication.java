package com.provisioningportal.devmode;

import java.util.LinkedHashMap;
import java.util.Map;

import com.provisioningportal.portal.PortalApplication;
import com.provisioningportal.sandbox.identity.SandboxIdentityProvider;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions.MetaApp;

import org.springframework.boot.SpringApplication;

/**
 * Dev mode: {@code ./mvnw spring-boot:test-run}. The portal on http://localhost:8080 with a real PostgreSQL
 * (external, container or embedded; see {@link com.provisioningportal.testsupport.PostgresChooser}), the dev
 * users, the Sinch sandbox on http://localhost:8089, the Meta sandbox on http://localhost:8090 with its foreign
 * origin on http://localhost:8091, the sandbox OpenID provider on http://localhost:8092 (see docs/sandbox.md), and
 * everything kept under
 * {@code .dev-data/} until you delete that folder.
 */
public final class TestPortalApplication {

	private TestPortalApplication() {
	}

	public static void main(String[] args) {
		application().run(args);
	}

	/**
	 * The dev-mode application. Its sandbox settings are Spring's default properties, the lowest-ranked source, so
	 * environment variables, system properties and command-line arguments all override them.
	 */
	static SpringApplication application() {
		SpringApplication application = new SpringApplication(PortalApplication.class, DevModeConfiguration.class);
		application.setAdditionalProfiles("dev");
		application.setDefaultProperties(defaults());
		return application;
	}

	/** The portal's settings pointing at the Sinch and Meta sandboxes and at the sandbox OpenID provider. */
	static Map<String, Object> defaults() {
		MetaApp app = MetaSandboxOptions.DEV_MODE_APP;
		String meta = DevModeConfiguration.META_URL;
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("sinch.provisioning-url", DevModeConfiguration.SANDBOX_URL);
		settings.put("sinch.auth-url", DevModeConfiguration.SANDBOX_URL + "/oauth2/token");
		settings.put("meta.graph-url", meta);
		settings.put("meta.sdk-url", meta + "/sdk.js");
		settings.put("meta.dialog-url", meta);
		settings.put("meta.app-id", app.id());
		settings.put("meta.app-secret", app.secret());
		settings.put("meta.config-id", app.configId());
		settings.put("meta.solution-id", app.solutionId());
		settings.put("meta.allowed-origins", meta);
		settings.put("portal.sso.issuer-uri", DevModeConfiguration.IDENTITY_URL);
		settings.put("portal.sso.client-id", SandboxIdentityProvider.CLIENT_ID);
		settings.put("portal.sso.client-secret", SandboxIdentityProvider.CLIENT_SECRET);
		settings.put("portal.sso.provider-name", "Sandbox ID");
		settings.put("portal.sso.admin-group", SandboxIdentityProvider.ADMIN_GROUP);
		return settings;
	}

}
