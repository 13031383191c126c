package com.provisioningportal.portal.gateway;

/** Anything that stopped a gateway call; the subclasses say whether Sinch answered or could not be reached. */
public abstract sealed class SinchException extends RuntimeException
		permits SinchApiException, SinchUnreachableException, UnknownSinchProjectException {

	private final String projectId;

	SinchException(String projectId, String message, Throwable cause) {
		super(message, cause);
		this.projectId = projectId;
	}

	public String projectId() {
		return projectId;
	}

}
