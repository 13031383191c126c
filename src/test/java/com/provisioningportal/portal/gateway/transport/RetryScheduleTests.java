package com.provisioningportal.portal.gateway.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTests {

	private static final GatewaySettings.Retry SETTINGS = new GatewaySettings.Retry(3, Duration.ofMillis(200), 2,
			Duration.ofSeconds(10));

	private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

	@Test
	void backsOffExponentiallyWithJitterBetweenHalfAndAllOfTheStep() {
		RetrySchedule lowest = new RetrySchedule(SETTINGS, () -> 0.0);
		RetrySchedule highest = new RetrySchedule(SETTINGS, () -> 0.999999);
		assertThat(lowest.delayBefore(0, null, NOW)).isEqualTo(Duration.ofMillis(100));
		assertThat(lowest.delayBefore(1, null, NOW)).isEqualTo(Duration.ofMillis(200));
		assertThat(lowest.delayBefore(2, null, NOW)).isEqualTo(Duration.ofMillis(400));
		assertThat(highest.delayBefore(0, null, NOW)).isEqualTo(Duration.ofMillis(199));
		assertThat(highest.delayBefore(2, null, NOW)).isEqualTo(Duration.ofMillis(799));
	}

	@Test
	void waitsAtLeastWhatRetryAfterAsksInSecondsOrAsAnHttpDateButNoLongerThanTheCap() {
		RetrySchedule schedule = new RetrySchedule(SETTINGS, () -> 0.5);
		assertThat(schedule.delayBefore(0, "3", NOW)).isEqualTo(Duration.ofSeconds(3));
		String inFiveSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(5).atOffset(ZoneOffset.UTC));
		assertThat(schedule.delayBefore(0, inFiveSeconds, NOW)).isEqualTo(Duration.ofSeconds(5));
		assertThat(schedule.delayBefore(0, "120", NOW)).isEqualTo(Duration.ofSeconds(10));
		assertThat(schedule.delayBefore(0, "99999999999999999999", NOW)).isEqualTo(Duration.ofSeconds(10));
		// a date in the past or an unreadable value leaves the backoff
		String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(5).atOffset(ZoneOffset.UTC));
		assertThat(schedule.delayBefore(0, past, NOW)).isEqualTo(Duration.ofMillis(150));
		assertThat(schedule.delayBefore(0, "soon", NOW)).isEqualTo(Duration.ofMillis(150));
	}

}
