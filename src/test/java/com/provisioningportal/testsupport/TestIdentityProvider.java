package com.provisioningportal.testsupport;

import com.provisioningportal.sandbox.identity.SandboxIdentityProvider;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** The one sandbox OpenID provider of a test run, on a random port, started by the first test that needs it. */
public final class TestIdentityProvider {

	/** The name the sign-in button shows in the tests. */
	public static final String PROVIDER_NAME = "Sandbox ID";

	private static final SandboxIdentityProvider PROVIDER = start();

	private TestIdentityProvider() {
	}

	public static SandboxIdentityProvider get() {
		return PROVIDER;
	}

	private static SandboxIdentityProvider start() {
		PlantedSecrets.plant(SandboxIdentityProvider.CLIENT_SECRET);
		SandboxIdentityProvider provider = SandboxIdentityProvider.start(0);
		Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "identity-provider-stop"));
		return provider;
	}

	/**
	 * Points the portal at the provider, with local sign-in off (so the form's refusal is tested where browsers sign
	 * in through the provider) and the sandbox's admin group.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Settings {

		@Bean
		DynamicPropertyRegistrar identityProvider() {
			return registry -> {
				registry.add("portal.sso.issuer-uri", () -> get().issuer());
				registry.add("portal.sso.client-id", () -> SandboxIdentityProvider.CLIENT_ID);
				registry.add("portal.sso.client-secret", () -> SandboxIdentityProvider.CLIENT_SECRET);
				registry.add("portal.sso.provider-name", () -> PROVIDER_NAME);
				registry.add("portal.sso.admin-group", () -> SandboxIdentityProvider.ADMIN_GROUP);
				registry.add("portal.sso.local-sign-in", () -> "false");
			};
		}

	}

}
