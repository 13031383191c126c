package com.provisioningportal.portal.gateway.transport;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.provisioningportal.portal.gateway.SinchCredentials;
import com.provisioningportal.portal.gateway.SinchCredentialsSource;
import com.provisioningportal.portal.gateway.UnknownSinchProjectException;

/** Credentials per project, read once from the {@link SinchCredentialsSource} and kept until forgotten. */
public final class ProjectCredentials {

	private final SinchCredentialsSource source;

	private final Map<String, SinchCredentials> known = new ConcurrentHashMap<>();

	public ProjectCredentials(SinchCredentialsSource source) {
		this.source = source;
	}

	SinchCredentials require(String projectId) {
		SinchCredentials credentials = known.computeIfAbsent(projectId, id -> source.find(id).orElse(null));
		if (credentials == null) {
			throw new UnknownSinchProjectException(projectId);
		}
		return credentials;
	}

	public void forget(String projectId) {
		known.remove(projectId);
	}

}
