package com.provisioningportal.portal.gateway;

import java.util.Optional;

/**
 * Where the gateway finds a project's credentials. The module that stores projects provides it as a bean; it is
 * read whenever the gateway has no cached client for a project (at first use and after
 * {@link SinchAccess#forget(String)}).
 */
public interface SinchCredentialsSource {

	Optional<SinchCredentials> find(String projectId);

}
