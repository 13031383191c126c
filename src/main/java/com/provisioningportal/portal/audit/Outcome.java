package com.provisioningportal.portal.audit;

import org.jspecify.annotations.Nullable;

/** How a change ended: the state after it, and for upstream calls Sinch's HTTP status and PAPI error code. */
public record Outcome(@Nullable Object after, @Nullable Integer upstreamStatus, @Nullable String errorCode,
		@Nullable String detail) {

	public static Outcome ok() {
		return new Outcome(null, null, null, null);
	}

	public static Outcome ok(@Nullable Object after) {
		return new Outcome(after, null, null, null);
	}

	/** A failure with a plain-words reason, e.g. "Bad credentials". */
	public static Outcome error(String detail) {
		return new Outcome(null, null, null, detail);
	}

	/** A failure Sinch reported: its HTTP status, PAPI {@code errorCode} and message. */
	public static Outcome upstreamError(int status, @Nullable String errorCode, @Nullable String message) {
		return new Outcome(null, status, errorCode, message);
	}

	public Outcome withUpstreamStatus(int status) {
		return new Outcome(after, status, errorCode, detail);
	}

}
