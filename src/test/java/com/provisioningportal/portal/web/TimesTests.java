package com.provisioningportal.portal.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimesTests {

	private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	private final Times times = new Times(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void recentTimesReadAsJustNowEvenAHairInTheFuture() {
		assertThat(times.relative(NOW.minusSeconds(10))).isEqualTo("just now");
		assertThat(times.relative(NOW.plusNanos(500))).isEqualTo("just now");
	}

	@Test
	void olderTimesReadInMinutesHoursAndDays() {
		assertThat(times.relative(NOW.minus(Duration.ofMinutes(3)))).isEqualTo("3 min ago");
		assertThat(times.relative(NOW.minus(Duration.ofHours(5)))).isEqualTo("5 h ago");
		assertThat(times.relative(NOW.minus(Duration.ofDays(2)))).isEqualTo("2 d ago");
		assertThat(times.relative(NOW.plus(Duration.ofDays(7)))).isEqualTo("in 7 d");
	}

	@Test
	void theAbsoluteTimeIsUtc() {
		assertThat(times.utc(NOW)).isEqualTo("2026-11-28 12:00:00 UTC");
	}

}
