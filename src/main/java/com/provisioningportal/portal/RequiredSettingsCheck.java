package com.provisioningportal.portal;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Stops start-up, before anything tries to use it, when a required setting is missing or malformed, with one
 * line that names the variable and says what it should hold. Dev mode and tests turn it off
 * ({@code portal.startup-check.enabled=false}) because they provide their own database.
 */
class RequiredSettingsCheck implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.getProperty("portal.startup-check.enabled", Boolean.class, true)) {
			return;
		}
		List<RequiredSetting> settings = SpringFactoriesLoader.loadFactories(RequiredSetting.class,
				RequiredSettingsCheck.class.getClassLoader());
		firstProblem(settings, environment::getProperty).ifPresent(problem -> {
			throw new MissingSettingException(problem);
		});
	}

	static Optional<String> firstProblem(List<RequiredSetting> settings, java.util.function.Function<String, String> lookup) {
		for (RequiredSetting setting : settings) {
			String value = lookup.apply(setting.property());
			if (value == null || value.isBlank()) {
				return Optional.of(setting.variable() + " is not set: set it to " + setting.expected() + ".");
			}
			Optional<String> problem = setting.problem(value.trim());
			if (problem.isPresent()) {
				return Optional.of(setting.variable() + " is malformed (" + problem.get() + "): set it to "
						+ setting.expected() + ".");
			}
		}
		return Optional.empty();
	}

	@Override
	public int getOrder() {
		// After the configuration files and the environment are read.
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Carries the one line to the failure analyzer; no stack trace is worth printing for a missing setting. */
	static final class MissingSettingException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		MissingSettingException(String message) {
			super(message, null, false, false);
		}

	}

}
