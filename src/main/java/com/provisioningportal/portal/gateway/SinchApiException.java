package com.provisioningportal.portal.gateway;

import java.util.Map;

/**
 * Sinch answered with a non-2xx status. When the body is Sinch's PAPI error the fields carry it; otherwise
 * {@link #errorCode()} is {@code null} and the message says what came back instead.
 */
public final class SinchApiException extends SinchException {

	private final int status;

	private final String errorCode;

	private final String sinchMessage;

	private final String resolution;

	private final Map<String, Object> additionalInformation;

	public SinchApiException(String projectId, int status, String errorCode, String sinchMessage, String resolution,
			Map<String, Object> additionalInformation, String message) {
		super(projectId, message, null);
		this.status = status;
		this.errorCode = errorCode;
		this.sinchMessage = sinchMessage;
		this.resolution = resolution;
		this.additionalInformation = (additionalInformation != null) ? Map.copyOf(additionalInformation) : Map.of();
	}

	/** The HTTP status Sinch answered with. */
	public int status() {
		return status;
	}

	/** PAPI {@code errorCode} exactly as Sinch spells it, or {@code null} when the body was not a PAPI error. */
	public String errorCode() {
		return errorCode;
	}

	/** PAPI {@code message}, or a description of the unexpected answer. */
	public String sinchMessage() {
		return sinchMessage;
	}

	/** PAPI {@code resolution}: what the operator can do about it ({@code null} if Sinch gave none). */
	public String resolution() {
		return resolution;
	}

	/** PAPI {@code additionalInformation} as free-form JSON values (lists, strings, maps). */
	public Map<String, Object> additionalInformation() {
		return additionalInformation;
	}

	/**
	 * Sinch's answer as one sentence for a page: its message, what to do about it, and its code when it gave one,
	 * e.g. "Invalid OTP code. Request a new code. (invalid_otp_code)".
	 */
	public String explanation() {
		StringBuilder sentence = new StringBuilder(sinchMessage);
		if (resolution != null && !resolution.isBlank()) {
			sentence.append(' ').append(resolution);
		}
		if (errorCode != null) {
			sentence.append(" (").append(errorCode).append(')');
		}
		return sentence.toString();
	}

	public boolean hasErrorCode(String code) {
		return code.equals(errorCode);
	}

}
