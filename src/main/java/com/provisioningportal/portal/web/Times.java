package com.provisioningportal.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/** Times as pages show them: relative ("3 min ago"), with the absolute UTC time for hover and exports. */
@Component("times")
public class Times {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	Times(Clock clock) {
		this.clock = clock;
	}

	public String utc(Instant instant) {
		return (instant == null) ? "" : UTC.format(instant);
	}

	public String iso(Instant instant) {
		return (instant == null) ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public String relative(Instant instant) {
		if (instant == null) {
			return "";
		}
		Duration age = Duration.between(instant, clock.instant());
		boolean future = age.isNegative();
		long seconds = Math.abs(age.getSeconds());
		String amount;
		if (seconds < 45) {
			// Also for a moment "ahead": the database rounds to microseconds, so a stored now can be a hair later.
			return "just now";
		}
		else if (seconds < 3600) {
			amount = Math.max(1, Math.round(seconds / 60.0)) + " min";
		}
		else if (seconds < 86400) {
			amount = Math.round(seconds / 3600.0) + " h";
		}
		else {
			amount = Math.round(seconds / 86400.0) + " d";
		}
		return future ? "in " + amount : amount + " ago";
	}

}
