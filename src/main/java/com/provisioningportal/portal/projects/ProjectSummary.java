package com.provisioningportal.portal.projects;

import java.time.Instant;

import com.provisioningportal.portal.gateway.AuthMode;

/**
 * A project as other features and pages see it: never its secrets.
 *
 * @param projectId Sinch's project id (a UUID), the portal's id for it too
 * @param callbackRegistered whether the portal's own callback webhook is registered at Sinch
 */
public record ProjectSummary(String projectId, String displayName, String keyId, AuthMode authMode,
		boolean callbackRegistered, Instant createdAt, String createdBy, Instant credentialsChangedAt,
		String credentialsChangedBy) {

	static ProjectSummary of(SinchProject project) {
		return new ProjectSummary(project.projectId().toString(), project.displayName(), project.keyId(),
				project.authMode(), project.callbackWebhookId() != null, project.createdAt(), project.createdBy(),
				project.credentialsChangedAt(), project.credentialsChangedBy());
	}

	public boolean basicAuth() {
		return authMode == AuthMode.BASIC;
	}

	public String authModeLabel() {
		return AuthModeOption.labelOf(authMode);
	}

}
