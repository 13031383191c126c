package com.provisioningportal.portal.gateway.transport;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.http.HttpMethod;

import static com.provisioningportal.portal.gateway.transport.Failure.Kind.BUSINESS_RULE;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.NOT_CONNECTED;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.NOT_FOUND;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.NOT_FOUND_AFTER_RETRY;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.NO_RESPONSE;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.RATE_LIMITED;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.REFUSED;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.SERVER_ERROR;
import static com.provisioningportal.portal.gateway.transport.Failure.Kind.TOKEN_EXPIRED;
import static com.provisioningportal.portal.gateway.transport.RetryPolicy.Verdict.DONE;
import static com.provisioningportal.portal.gateway.transport.RetryPolicy.Verdict.FAIL;
import static com.provisioningportal.portal.gateway.transport.RetryPolicy.Verdict.RENEW_TOKEN;
import static com.provisioningportal.portal.gateway.transport.RetryPolicy.Verdict.RETRY;

/**
 * The one place that decides what happens after a failed attempt. Rows are what happened ({@link Failure.Kind},
 * derived from status and {@code errorCode}), columns the HTTP method. GET and DELETE are safe to repeat; a POST or
 * PATCH is repeated only when Sinch certainly did not act on it (no connection, or a rate-limit 429), because Sinch
 * has no idempotency keys and a repeated create makes a duplicate.
 */
public final class RetryPolicy {

	public enum Verdict {

		/** Wait per the schedule and send again (if retries and the deadline allow). */
		RETRY,
		/** Fetch a new token and send again, once; a rejected token means nothing was processed. */
		RENEW_TOKEN,
		/** Treat as success: a repeated DELETE found the resource already gone. */
		DONE,
		/** Give up and report the failure. */
		FAIL

	}

	private static final Map<Failure.Kind, Map<HttpMethod, Verdict>> TABLE = new EnumMap<>(Failure.Kind.class);

	static {
		//     what happened           GET          DELETE       POST         PATCH
		row(NOT_CONNECTED,             RETRY,       RETRY,       RETRY,       RETRY);
		row(NO_RESPONSE,               RETRY,       RETRY,       FAIL,        FAIL);
		row(RATE_LIMITED,              RETRY,       RETRY,       RETRY,       RETRY);
		row(BUSINESS_RULE,             FAIL,        FAIL,        FAIL,        FAIL);
		row(SERVER_ERROR,              RETRY,       RETRY,       FAIL,        FAIL);
		row(TOKEN_EXPIRED,             RENEW_TOKEN, RENEW_TOKEN, RENEW_TOKEN, RENEW_TOKEN);
		row(NOT_FOUND,                 FAIL,        FAIL,        FAIL,        FAIL);
		row(NOT_FOUND_AFTER_RETRY,     FAIL,        DONE,        FAIL,        FAIL);
		row(REFUSED,                   FAIL,        FAIL,        FAIL,        FAIL);
	}

	private static void row(Failure.Kind kind, Verdict get, Verdict delete, Verdict post, Verdict patch) {
		TABLE.put(kind, Map.of(HttpMethod.GET, get, HttpMethod.DELETE, delete, HttpMethod.POST, post,
				HttpMethod.PATCH, patch));
	}

	static Verdict decide(HttpMethod method, Failure.Kind kind) {
		return TABLE.get(kind).getOrDefault(method, FAIL);
	}

	private RetryPolicy() {
	}

}
