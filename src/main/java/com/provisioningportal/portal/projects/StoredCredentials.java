package com.provisioningportal.portal.projects;

import java.util.Optional;

import com.provisioningportal.portal.gateway.SinchCredentials;
import com.provisioningportal.portal.gateway.SinchCredentialsSource;

import org.springframework.stereotype.Component;

/** Gives the gateway a registered project's access key, decrypted only for the call that needs it. */
@Component
class StoredCredentials implements SinchCredentialsSource {

	private final SinchProjectRepository projects;

	private final SecretEncryption encryption;

	StoredCredentials(SinchProjectRepository projects, SecretEncryption encryption) {
		this.projects = projects;
		this.encryption = encryption;
	}

	@Override
	public Optional<SinchCredentials> find(String projectId) {
		return ProjectRegistry.parse(projectId)
			.flatMap(projects::findById)
			.map(project -> new SinchCredentials(projectId, project.keyId(), encryption.decrypt(project.keySecretEncrypted()),
					project.authMode()));
	}

}
