package com.provisioningportal.portal.gateway;

import com.provisioningportal.portal.gateway.transport.ProjectCredentials;
import com.provisioningportal.portal.gateway.transport.ProjectTokens;
import com.provisioningportal.portal.gateway.transport.SinchCall;
import com.provisioningportal.portal.gateway.transport.SinchHttp;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

import static org.springframework.http.HttpMethod.GET;

/**
 * A project's access to Sinch: checks credentials before they are stored, and forgets what is cached for a project
 * once its credentials change. The resources themselves are read and changed through the clients in the
 * sub-packages ({@code whatsapp}, {@code sms}, {@code webhooks}).
 */
public class SinchAccess {

	private final SinchHttp http;

	private final ProjectCredentials credentials;

	private final ProjectTokens tokens;

	SinchAccess(SinchHttp http, ProjectCredentials credentials, ProjectTokens tokens) {
		this.http = http;
		this.credentials = credentials;
		this.tokens = tokens;
	}

	/**
	 * Checks credentials that are not stored yet: with {@link AuthMode#OAUTH2} a token must be issued, and in both
	 * modes a cheap authenticated read of the project must succeed. Throws Sinch's answer when it does not.
	 */
	public void checkCredentials(SinchCredentials candidate) {
		if (candidate.authMode() == AuthMode.OAUTH2) {
			String token;
			try {
				token = tokens.fetchOnce(candidate).getTokenValue();
			}
			catch (OAuth2AuthorizationException ex) {
				throw http.tokenRefused(candidate.projectId(), ex);
			}
			http.sendWith(candidate, cheapRead(candidate.projectId()), project -> token);
			return;
		}
		http.sendWith(candidate, cheapRead(candidate.projectId()), project -> null);
	}

	private static SinchCall cheapRead(String projectId) {
		return SinchCall.of("credentials.check", GET, SinchCall.PROJECT + "/webhooks", projectId).query("pageSize", 1);
	}

	/** Drops what is cached for the project (credentials, token), e.g. after its credentials were edited. */
	public void forget(String projectId) {
		tokens.forget(projectId);
		credentials.forget(projectId);
	}

}
