package com.provisioningportal.portal;

import java.util.Optional;

/**
 * A setting the portal cannot run without outside dev mode. Each feature registers its own in
 * {@code META-INF/spring.factories} under this interface's name; {@link RequiredSettingsCheck} stops start-up with
 * one line naming the first one that is missing or malformed.
 */
public interface RequiredSetting {

	/** The Spring property, e.g. {@code spring.datasource.url}. */
	String property();

	/** The environment variable that sets it, e.g. {@code SPRING_DATASOURCE_URL}. */
	String variable();

	/** What a correct value looks like, said to the operator. */
	String expected();

	/** Why {@code value} (never null or blank here) is malformed, or empty when it is fine. */
	default Optional<String> problem(String value) {
		return Optional.empty();
	}

}
