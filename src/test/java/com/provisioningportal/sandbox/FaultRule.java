package com.provisioningportal.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A misbehaviour the sandbox shows for requests whose path matches an Ant-style pattern ({@code *} one segment,
 * {@code **} any number), e.g. {@code /v1/projects/&#42;/whatsapp/senders/**} or {@code /oauth2/token}.
 *
 * @param method the HTTP method it applies to, or null for all
 * @param times how many matching requests it affects before it lapses; 0 means until removed
 * @param latency for LATENCY: the delay added before the normal answer
 * @param status for STATUS: the HTTP status (500, 503, ...)
 * @param retryAfter for TOO_MANY_REQUESTS: the {@code Retry-After} value, delta-seconds or an HTTP date
 */
public record FaultRule(String method, String pathPattern, Kind kind, Duration latency, int status, String retryAfter,
		int times) {

	public enum Kind {

		/** Answer normally, but only after {@code latency}. */
		LATENCY,
		/** 429 with a PAPI body and {@code Retry-After}. */
		TOO_MANY_REQUESTS,
		/** The given status with Sinch's internal_error body. */
		STATUS,
		/** Close the connection without answering. */
		CONNECTION_RESET,
		/** Act on the request as usual, then close the connection without answering: the change is made unseen. */
		RESET_AFTER_ACTING,
		/** Keep the connection open and never answer (until the sandbox closes or resets). */
		NO_ANSWER,
		/** 200 with a JSON content type and a body that is not valid JSON. */
		MALFORMED_JSON,
		/**
		 * Answer normally, as a newer version of Sinch's API would to an older client: every object gains a field the
		 * client does not know, and every {@code state} and {@code status} is {@code UNRECOGNIZED}, the value Sinch
		 * publishes for values newer than the client's version.
		 */
		NEWER_VERSION

	}

	public static FaultRule latency(String pathPattern, Duration latency) {
		return new FaultRule(null, pathPattern, Kind.LATENCY, latency, 0, null, 0);
	}

	public static FaultRule tooManyRequests(String pathPattern, Duration retryAfter) {
		return new FaultRule(null, pathPattern, Kind.TOO_MANY_REQUESTS, null, 429,
				String.valueOf(retryAfter.toSeconds()), 0);
	}

	public static FaultRule tooManyRequestsUntil(String pathPattern, Instant retryAt) {
		return new FaultRule(null, pathPattern, Kind.TOO_MANY_REQUESTS, null, 429,
				DateTimeFormatter.RFC_1123_DATE_TIME.format(retryAt.atZone(ZoneOffset.UTC)), 0);
	}

	public static FaultRule status(String pathPattern, int status) {
		return new FaultRule(null, pathPattern, Kind.STATUS, null, status, null, 0);
	}

	public static FaultRule resetAfterActing(String pathPattern) {
		return new FaultRule(null, pathPattern, Kind.RESET_AFTER_ACTING, null, 0, null, 0);
	}

	public static FaultRule connectionReset(String pathPattern) {
		return new FaultRule(null, pathPattern, Kind.CONNECTION_RESET, null, 0, null, 0);
	}

	public static FaultRule noAnswer(String pathPattern) {
		return new FaultRule(null, pathPattern, Kind.NO_ANSWER, null, 0, null, 0);
	}

	public static FaultRule malformedJson(String pathPattern) {
		return new FaultRule(null, pathPattern, Kind.MALFORMED_JSON, null, 200, null, 0);
	}

	public static FaultRule newerVersion(String pathPattern) {
		return new FaultRule(null, pathPattern, Kind.NEWER_VERSION, null, 0, null, 0);
	}

	/** The same fault, only for one HTTP method. */
	public FaultRule forMethod(String httpMethod) {
		return new FaultRule(httpMethod, pathPattern, kind, latency, status, retryAfter, times);
	}

	/** The same fault, for the next {@code count} matching requests only. */
	public FaultRule times(int count) {
		return new FaultRule(method, pathPattern, kind, latency, status, retryAfter, count);
	}

}
