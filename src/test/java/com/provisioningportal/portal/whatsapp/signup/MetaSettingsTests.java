package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The META_* environment variables reach the settings; missing app settings are named, never fatal. */
class MetaSettingsTests {

	@Test
	void environmentVariablesBindAndDefaultsAreMetasPublicValues() {
		MetaSettings settings = bind(Map.of("META_APP_ID", "1", "META_APP_SECRET", "s", "META_CONFIG_ID", "2",
				"META_SOLUTION_ID", "3", "META_ALLOWED_ORIGINS", "https://a.example,https://b.example", "META_FEATURE_TYPE",
				"whatsapp_business_app_onboarding"));

		assertThat(settings.complete()).isTrue();
		assertThat(settings.appId()).isEqualTo("1");
		assertThat(settings.allowedOrigins()).containsExactly("https://a.example", "https://b.example");
		assertThat(settings.featureType()).isEqualTo("whatsapp_business_app_onboarding");
		assertThat(settings.esVersion()).isEqualTo("v4");
		assertThat(settings.sdkUrl()).hasToString("https://connect.facebook.net/en_US/sdk.js");
		assertThat(settings.toString()).doesNotContain("=s,");
	}

	@Test
	void withoutTheAppSettingsTheMissingOnesAreNamed() {
		MetaSettings settings = bind(Map.of("META_APP_ID", "1"));

		assertThat(settings.missing()).containsExactly("META_APP_SECRET", "META_CONFIG_ID", "META_SOLUTION_ID");
		assertThat(settings.allowedOrigins()).isEqualTo(List.of("https://www.facebook.com", "https://web.facebook.com",
				"https://business.facebook.com"));
		assertThat(settings.featureType()).isEmpty();
	}

	private static MetaSettings bind(Map<String, Object> environment) {
		StandardEnvironment env = new StandardEnvironment();
		env.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-env", environment));
		ConfigurationPropertySources.attach(env);
		return Binder.get(env).bindOrCreate("meta", MetaSettings.class);
	}

}
