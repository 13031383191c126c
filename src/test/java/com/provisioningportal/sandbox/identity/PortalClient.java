package com.provisioningportal.sandbox.identity;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;

/**
 * The portal as the provider's one registered client: confidential, authorization code with PKCE required, no
 * consent page. Its redirect and post-logout addresses are the portals allowed so far (a test's portal has a random
 * port), each matched exactly as a real provider does.
 */
final class PortalClient implements RegisteredClientRepository {

	private final String id = UUID.randomUUID().toString();

	private final String clientId;

	private final String secret;

	private final Set<String> portals = ConcurrentHashMap.newKeySet();

	PortalClient(String clientId, String secret) {
		this.clientId = clientId;
		this.secret = secret;
	}

	void allow(String portalBaseUrl) {
		portals.add(portalBaseUrl.replaceAll("/+$", ""));
	}

	/** Spring saves the client again to re-encode its secret; the sandbox keeps its own, unchanged. */
	@Override
	public void save(RegisteredClient registeredClient) {
	}

	@Override
	public RegisteredClient findById(String candidate) {
		return id.equals(candidate) ? client() : null;
	}

	@Override
	public RegisteredClient findByClientId(String candidate) {
		return clientId.equals(candidate) ? client() : null;
	}

	private RegisteredClient client() {
		RegisteredClient.Builder client = RegisteredClient.withId(id)
			.clientId(clientId)
			.clientSecret("{noop}" + secret)
			.clientName("Provisioning Portal")
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.scope(OidcScopes.EMAIL)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
		// A client needs one redirect address even before any portal is allowed.
		client.redirectUri("http://localhost/login/oauth2/code/sso");
		portals.forEach(portal -> client.redirectUri(portal + "/login/oauth2/code/sso")
			.postLogoutRedirectUri(portal + "/login?signedOut"));
		return client.build();
	}

}
