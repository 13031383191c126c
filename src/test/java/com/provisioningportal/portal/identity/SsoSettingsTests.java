package com.provisioningportal.portal.identity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings refuse to start a portal nobody could sign into or administer, and keep the secret out of their text. */
class SsoSettingsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

	@Test
	void singleSignOnIsOffWithoutAnIssuer() {
		runner.run(context -> assertThat(context.getBean(SsoSettings.class).enabled()).isFalse());
	}

	@Test
	void startUpIsRefusedWithLocalSignInOffAndNoAdminGroup() {
		runner.withPropertyValues("portal.sso.issuer-uri=https://id.example.test", "portal.sso.client-id=portal",
				"portal.sso.local-sign-in=false")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("portal.sso.admin-group"));
	}

	@Test
	void startUpIsRefusedWithLocalSignInOffAndNoProvider() {
		runner.withPropertyValues("portal.sso.local-sign-in=false", "portal.sso.admin-group=admins")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("portal.sso.issuer-uri"));
	}

	@Test
	void localSignInOffStartsWithAnAdminGroupAndTheSecretIsNeverInTheSettingsText() {
		runner.withPropertyValues("portal.sso.issuer-uri=https://id.example.test", "portal.sso.client-id=portal",
				"portal.sso.client-secret=very-secret-value", "portal.sso.local-sign-in=false", "portal.sso.admin-group=admins")
			.run(context -> {
				SsoSettings settings = context.getBean(SsoSettings.class);
				assertThat(settings.localSignIn()).isFalse();
				assertThat(settings.emailCollision()).isEqualTo(SsoSettings.EmailCollision.REFUSE);
				assertThat(settings.displayName()).isEqualTo("id.example.test");
				assertThat(settings.toString()).doesNotContain("very-secret-value");
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(SsoSettings.class)
	static class Bound {

	}

}
