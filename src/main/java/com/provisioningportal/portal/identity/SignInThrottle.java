package com.provisioningportal.portal.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per user name, known or not, and locks a name after too many. Counting unknown names the
 * same way means a lock message tells an attacker nothing about which names exist. Rows live in PostgreSQL so
 * every portal instance shares the count.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInSettings settings;

	SignInThrottle(JdbcClient jdbc, Clock clock, SignInSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	static String key(String username) {
		String key = (username == null) ? "" : username.trim().toLowerCase(Locale.ROOT);
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

	/** When the name is locked now, the moment the lock ends. */
	Optional<Instant> lockedUntil(String username) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from sign_in_throttle where username_key = ?")
			.param(key(username))
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now));
	}

	@Transactional
	void recordFailure(String username) {
		Instant now = clock.instant();
		OffsetDateTime nowAt = at(now);
		OffsetDateTime windowStart = at(now.minus(settings.failureWindow()));
		int failures = jdbc.sql("""
				insert into sign_in_throttle (username_key, failures, window_start) values (:key, 1, :now)
				on conflict (username_key) do update set
				  failures = case when sign_in_throttle.window_start < :windowStart then 1 else sign_in_throttle.failures + 1 end,
				  window_start = case when sign_in_throttle.window_start < :windowStart then :now else sign_in_throttle.window_start end
				returning failures
				""").param("key", key(username)).param("now", nowAt).param("windowStart", windowStart).query(Integer.class).single();
		if (failures >= settings.maxFailures()) {
			jdbc.sql("update sign_in_throttle set failures = 0, window_start = :now, locked_until = :until where username_key = :key")
				.param("now", nowAt)
				.param("until", at(now.plus(settings.lockDuration())))
				.param("key", key(username))
				.update();
		}
	}

	void clear(String username) {
		jdbc.sql("delete from sign_in_throttle where username_key = ?").param(key(username)).update();
	}

	/** Forgets counts and locks that no longer matter, so guessed names do not pile up. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetExpired() {
		Instant now = clock.instant();
		jdbc.sql("delete from sign_in_throttle where window_start < :windowStart and (locked_until is null or locked_until < :now)")
			.param("windowStart", at(now.minus(settings.failureWindow())))
			.param("now", at(now))
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
