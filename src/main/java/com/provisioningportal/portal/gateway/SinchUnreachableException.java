package com.provisioningportal.portal.gateway;

/**
 * Sinch gave no usable answer: the connection failed, the answer took too long, or the project's circuit is open
 * after sustained failures and calls fail fast for a while.
 */
public final class SinchUnreachableException extends SinchException {

	private final boolean circuitOpen;

	public SinchUnreachableException(String projectId, String message, boolean circuitOpen, Throwable cause) {
		super(projectId, message, cause);
		this.circuitOpen = circuitOpen;
	}

	/** {@code true} when no call was made because the project's circuit breaker is open. */
	public boolean circuitOpen() {
		return circuitOpen;
	}

}
