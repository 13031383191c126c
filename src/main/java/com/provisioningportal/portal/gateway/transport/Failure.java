package com.provisioningportal.portal.gateway.transport;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import com.provisioningportal.portal.gateway.transport.RawResponse;

/**
 * What went wrong with one attempt, reduced to what the retry policy needs.
 *
 * @param kind the row of the retry table
 * @param response Sinch's answer, {@code null} when none came
 * @param error Sinch's PAPI error, {@code null} when none came or the body was not one
 * @param cause the exception when no answer came
 */
public record Failure(Kind kind, RawResponse response, PapiError error, Throwable cause) {

	/**
	 * 429s that state a business rule about one sender's verification rather than a rate limit: waiting seconds does
	 * not change the answer, and repeating a register would spend the sender's code requests.
	 */
	static final Set<String> BUSINESS_RULE_429S = Set.of("sender-already-registered",
			"too_many_invalid_verification_codes", "sender-register-too-many-requests");

	enum Kind {

		/** No connection was made: the request certainly did not reach Sinch. */
		NOT_CONNECTED,
		/** Sent (or maybe sent) but no answer in time, or the connection broke: Sinch may have acted on it. */
		NO_RESPONSE,
		/** 429 that is a rate limit: Sinch refused the request without acting on it. */
		RATE_LIMITED,
		/** 429 that is a business rule ({@link #BUSINESS_RULE_429S}). */
		BUSINESS_RULE,
		/** 401 whose {@code WWW-Authenticate} says the bearer token expired. */
		TOKEN_EXPIRED,
		/** 404 on the first attempt. */
		NOT_FOUND,
		/** 404 after a retry: for a DELETE, an earlier attempt did the work. */
		NOT_FOUND_AFTER_RETRY,
		/** 5xx. */
		SERVER_ERROR,
		/** Any other non-2xx: Sinch refused the request as it stands. */
		REFUSED

	}

	static Failure of(RawResponse response, PapiError error, boolean afterRetry) {
		return new Failure(kindOf(response, error, afterRetry), response, error, null);
	}

	static Failure of(Throwable cause) {
		return new Failure(connected(cause) ? Kind.NO_RESPONSE : Kind.NOT_CONNECTED, null, null, cause);
	}

	private static Kind kindOf(RawResponse response, PapiError error, boolean afterRetry) {
		int status = response.status();
		String errorCode = (error != null) ? error.errorCode() : null;
		if (status == 401 && tokenExpired(response.header("WWW-Authenticate"))) {
			return Kind.TOKEN_EXPIRED;
		}
		if (status == 429) {
			boolean businessRule = errorCode != null && BUSINESS_RULE_429S.contains(errorCode);
			return businessRule ? Kind.BUSINESS_RULE : Kind.RATE_LIMITED;
		}
		if (status == 404) {
			return afterRetry ? Kind.NOT_FOUND_AFTER_RETRY : Kind.NOT_FOUND;
		}
		return (status >= 500) ? Kind.SERVER_ERROR : Kind.REFUSED;
	}

	private static boolean tokenExpired(String wwwAuthenticate) {
		return wwwAuthenticate != null && wwwAuthenticate.toLowerCase(Locale.ROOT).contains("expired");
	}

	/** Whether a connection existed when the exception happened (so the request may have been read). */
	private static boolean connected(Throwable exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof UnknownHostException
					|| cause instanceof NoRouteToHostException) {
				return false;
			}
		}
		return true;
	}

	/** Whether the failure says something about Sinch's health (counts toward opening the circuit). */
	boolean sinchFailing() {
		return kind == Kind.NOT_CONNECTED || kind == Kind.NO_RESPONSE || kind == Kind.SERVER_ERROR;
	}

	String retryAfter() {
		return (response != null) ? response.header("Retry-After") : null;
	}

}
