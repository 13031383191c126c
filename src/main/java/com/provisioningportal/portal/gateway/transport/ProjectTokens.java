package com.provisioningportal.portal.gateway.transport;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.provisioningportal.portal.gateway.SinchCredentials;
import com.provisioningportal.portal.gateway.transport.ProjectCredentials;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Bearer tokens per project through Spring Security's OAuth2 client (client credentials, {@code client_secret_basic}).
 * Registrations are built at run time from the project's credentials, under one fixed principal per project so portal
 * users never get tokens of their own. A token is reused until 60 s before it expires by the injected clock.
 * <p>
 * Spring Security does not de-duplicate concurrent token requests, so a lock per project makes it single flight:
 * callers that find no usable token queue behind the one fetching it and then read the stored token.
 */
public final class ProjectTokens {

	/** The one principal tokens are stored under; never a portal user. */
	static final String PRINCIPAL = "provisioning-portal";

	static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);

	private final ProjectCredentials credentials;

	private final String tokenUri;

	private final Clock clock;

	private final Map<String, ClientRegistration> registrations = new ConcurrentHashMap<>();

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	private final InMemoryOAuth2AuthorizedClientService store;

	private final AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

	private final OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient;

	public ProjectTokens(ProjectCredentials credentials, String tokenUri, Clock clock,
			OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> tokenClient, MeterRegistry meters) {
		this.credentials = credentials;
		this.tokenUri = tokenUri;
		this.clock = clock;
		Counter fetched = Counter.builder("sinch.gateway.token.fetches").tag("outcome", "success")
			.description("Token requests to Sinch's OAuth2 endpoint").register(meters);
		Counter failed = Counter.builder("sinch.gateway.token.fetches").tag("outcome", "failure")
			.description("Token requests to Sinch's OAuth2 endpoint").register(meters);
		this.tokenClient = request -> {
			try {
				var response = tokenClient.getTokenResponse(request);
				fetched.increment();
				return response;
			}
			catch (RuntimeException ex) {
				failed.increment();
				throw ex;
			}
		};
		ClientRegistrationRepository repository = registrations::get;
		this.store = new InMemoryOAuth2AuthorizedClientService(repository);
		this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(repository, store);
		this.manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials(client -> client.accessTokenResponseClient(this.tokenClient)
				.clock(clock)
				.clockSkew(REFRESH_BEFORE_EXPIRY))
			.build());
	}

	/** A usable bearer token for the project, fetching one if needed (at most one fetch per project at a time). */
	public String accessToken(String projectId) {
		OAuth2AccessToken cached = usableToken(projectId);
		if (cached != null) {
			return cached.getTokenValue();
		}
		ReentrantLock lock = locks.computeIfAbsent(projectId, id -> new ReentrantLock());
		lock.lock();
		try {
			registrations.computeIfAbsent(projectId, id -> registration(credentials.require(id)));
			OAuth2AuthorizedClient client = manager
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(projectId).principal(PRINCIPAL).build());
			return client.getAccessToken().getTokenValue();
		}
		finally {
			lock.unlock();
		}
	}

	/** Drops the project's token if it is still the one Sinch rejected (another caller may have renewed it). */
	void dropIfCurrent(String projectId, String rejectedToken) {
		ReentrantLock lock = locks.computeIfAbsent(projectId, id -> new ReentrantLock());
		lock.lock();
		try {
			OAuth2AuthorizedClient client = store.loadAuthorizedClient(projectId, PRINCIPAL);
			if (client != null && client.getAccessToken().getTokenValue().equals(rejectedToken)) {
				store.removeAuthorizedClient(projectId, PRINCIPAL);
			}
		}
		finally {
			lock.unlock();
		}
	}

	public void forget(String projectId) {
		ReentrantLock lock = locks.computeIfAbsent(projectId, id -> new ReentrantLock());
		lock.lock();
		try {
			store.removeAuthorizedClient(projectId, PRINCIPAL);
			registrations.remove(projectId);
		}
		finally {
			lock.unlock();
		}
	}

	/** Fetches a token for credentials that are not stored yet, without caching it. */
	public OAuth2AccessToken fetchOnce(SinchCredentials candidate) {
		return tokenClient.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration(candidate)))
			.getAccessToken();
	}

	private OAuth2AccessToken usableToken(String projectId) {
		OAuth2AuthorizedClient client = store.loadAuthorizedClient(projectId, PRINCIPAL);
		if (client == null) {
			return null;
		}
		OAuth2AccessToken token = client.getAccessToken();
		boolean fresh = token.getExpiresAt() != null
				&& clock.instant().isBefore(token.getExpiresAt().minus(REFRESH_BEFORE_EXPIRY));
		return fresh ? token : null;
	}

	private ClientRegistration registration(SinchCredentials credentials) {
		return ClientRegistration.withRegistrationId(credentials.projectId())
			.clientId(credentials.keyId())
			.clientSecret(credentials.keySecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(tokenUri)
			.build();
	}

}
