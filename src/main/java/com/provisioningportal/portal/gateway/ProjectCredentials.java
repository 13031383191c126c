package com.provisioningportal.portal.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Credentials per project, read once from the {@link SinchCredentialsSource} and kept until forgotten. */
final class ProjectCredentials {

	private final SinchCredentialsSource source;

	private final Map<String, SinchCredentials> known = new ConcurrentHashMap<>();

	ProjectCredentials(SinchCredentialsSource source) {
		this.source = source;
	}

	SinchCredentials require(String projectId) {
		SinchCredentials credentials = known.computeIfAbsent(projectId, id -> source.find(id).orElse(null));
		if (credentials == null) {
			throw new UnknownSinchProjectException(projectId);
		}
		return credentials;
	}

	void forget(String projectId) {
		known.remove(projectId);
	}

}
