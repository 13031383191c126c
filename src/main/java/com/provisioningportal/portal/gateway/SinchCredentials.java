package com.provisioningportal.portal.gateway;

import java.util.Objects;

/**
 * A Sinch project's access key. {@link #toString()} never shows the secret.
 *
 * @param projectId Sinch's project id (a UUID)
 * @param keyId the access key id
 * @param keySecret the access key secret
 * @param authMode how to use the key; {@link AuthMode#OAUTH2} when {@code null}
 */
public record SinchCredentials(String projectId, String keyId, String keySecret, AuthMode authMode) {

	public SinchCredentials {
		Objects.requireNonNull(projectId, "projectId");
		Objects.requireNonNull(keyId, "keyId");
		Objects.requireNonNull(keySecret, "keySecret");
		authMode = (authMode != null) ? authMode : AuthMode.OAUTH2;
	}

	@Override
	public String toString() {
		return "SinchCredentials[projectId=" + projectId + ", keyId=" + keyId + ", keySecret=***, authMode=" + authMode
				+ "]";
	}

}
