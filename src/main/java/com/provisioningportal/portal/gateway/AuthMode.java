package com.provisioningportal.portal.gateway;

/** How the portal authenticates to Sinch for one project. */
public enum AuthMode {

	/** OAuth2 client credentials: a bearer token per project, fetched with the access key. */
	OAUTH2,

	/** HTTP Basic with the access key on every call; Sinch means it for testing only and limits it heavily. */
	BASIC

}
