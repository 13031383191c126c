package com.provisioningportal.portal.gateway.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.DoubleSupplier;

import com.provisioningportal.portal.gateway.transport.GatewaySettings;

/**
 * How long to wait before each retry: exponential backoff with jitter (half fixed, half random), at least what
 * Sinch's {@code Retry-After} asks (delta-seconds or an HTTP date, read against the injected clock), never more than
 * the cap. Pure computation, so tests check the schedule rather than wall time.
 */
public final class RetrySchedule {

	private final GatewaySettings.Retry settings;

	private final DoubleSupplier random;

	public RetrySchedule(GatewaySettings.Retry settings, DoubleSupplier random) {
		this.settings = settings;
		this.random = random;
	}

	int maxRetries() {
		return settings.maxRetries();
	}

	/**
	 * @param retry 0 for the first retry
	 * @param retryAfter Sinch's {@code Retry-After} header, or {@code null}
	 * @param now the injected clock's time
	 */
	Duration delayBefore(int retry, String retryAfter, Instant now) {
		double exponential = settings.initialDelay().toMillis() * Math.pow(settings.multiplier(), retry);
		long wait = (long) (exponential / 2 + random.getAsDouble() * exponential / 2);
		Duration asked = retryAfter(retryAfter, now);
		if (asked != null) {
			wait = Math.max(wait, asked.toMillis());
		}
		return Duration.ofMillis(Math.min(wait, settings.maxDelay().toMillis()));
	}

	/** The wait a {@code Retry-After} value asks for; {@code null} when absent or unreadable. */
	static Duration retryAfter(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.chars().allMatch(Character::isDigit)) {
			// more than nine digits is beyond any cap; avoid overflowing the parse
			return Duration.ofSeconds((trimmed.length() > 9) ? 999_999_999L : Long.parseLong(trimmed));
		}
		try {
			Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
