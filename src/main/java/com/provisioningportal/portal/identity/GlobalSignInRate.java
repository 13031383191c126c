package com.provisioningportal.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * How many sign-ins may fail on this instance: a token bucket that holds a minute's worth and refills at
 * {@link SignInSettings#globalFailuresPerMinute()}. Each attempt takes a token before its password is checked and
 * gives it back when it was right (or never checked), so only failures use the bucket up; while it is empty
 * attempts are answered "try again in a moment", which slows a flood down without locking anyone out.
 * <p>
 * Per instance, unlike the account and address counts: it guards this instance's processors against a flood of
 * password checks, and sharing it would put a database write on the path of every attempt just when there are most.
 * With several instances the portal as a whole allows that many times the rate.
 * <p>
 * Written here because the portal has Resilience4j's circuit breaker but not its rate limiter, and that one measures
 * time with {@code System.nanoTime}; this one uses the portal's {@link Clock}, which tests move.
 */
@Component
class GlobalSignInRate {

	private static final Logger log = LoggerFactory.getLogger(GlobalSignInRate.class);

	private static final double NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

	private final Clock clock;

	private final double capacity;

	private double tokens;

	private Instant refilledAt;

	private boolean slowedDown;

	GlobalSignInRate(Clock clock, SignInSettings settings) {
		this.clock = clock;
		this.capacity = settings.globalFailuresPerMinute();
		this.tokens = this.capacity;
		this.refilledAt = clock.instant();
	}

	/** True when the attempt may be checked now. */
	synchronized boolean tryAcquire() {
		refill();
		if (tokens >= 1) {
			tokens -= 1;
			slowedDown = false;
			return true;
		}
		if (!slowedDown) {
			slowedDown = true;
			log.warn("More than {} sign-ins a minute are failing on this instance: sign-in is slowed down", (int) capacity);
		}
		return false;
	}

	/** The attempt did not fail: its token goes back. */
	synchronized void giveBack() {
		tokens = Math.min(capacity, tokens + 1);
	}

	private void refill() {
		Instant now = clock.instant();
		// A clock set back adds nothing.
		if (now.isAfter(refilledAt)) {
			tokens = Math.min(capacity, tokens + Duration.between(refilledAt, now).toNanos() * capacity / NANOS_PER_MINUTE);
		}
		refilledAt = now;
	}

}
