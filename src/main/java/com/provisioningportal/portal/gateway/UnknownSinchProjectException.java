package com.provisioningportal.portal.gateway;

/** The portal holds no credentials for the project, so no call was made. */
public final class UnknownSinchProjectException extends SinchException {

	public UnknownSinchProjectException(String projectId) {
		super(projectId, "No Sinch credentials are stored for project " + projectId, null);
	}

}
