package com.provisioningportal.portal.gateway;

/**
 * Sinch gave no usable answer: the connection failed, the answer took too long, or the project's circuit is open
 * after sustained failures and calls fail fast for a while.
 */
public final class SinchUnreachableException extends SinchException {

	private final boolean circuitOpen;

	private final boolean mayHaveActed;

	public SinchUnreachableException(String projectId, String message, boolean circuitOpen, Throwable cause) {
		this(projectId, message, circuitOpen, false, cause);
	}

	public SinchUnreachableException(String projectId, String message, boolean circuitOpen, boolean mayHaveActed,
			Throwable cause) {
		super(projectId, message, cause);
		this.circuitOpen = circuitOpen;
		this.mayHaveActed = mayHaveActed;
	}

	/** {@code true} when no call was made because the project's circuit breaker is open. */
	public boolean circuitOpen() {
		return circuitOpen;
	}

	/**
	 * {@code true} when the request was sent but no answer came (the connection broke or the answer took too
	 * long): Sinch may have made the change, so its outcome is unknown until someone asks Sinch.
	 */
	public boolean mayHaveActed() {
		return mayHaveActed;
	}

}
