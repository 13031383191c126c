package com.provisioningportal.portal.projects;

import java.util.Optional;

/** The secret Sinch signs a project's callbacks to the portal with; empty while the callback webhook is not set up. */
public interface CallbackSecrets {

	Optional<String> callbackSecret(String projectId);

}
