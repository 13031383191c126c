package com.provisioningportal.portal.gateway.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.provisioningportal.portal.gateway.SinchCredentials;
import com.provisioningportal.portal.gateway.transport.ProjectCredentials;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Bearer tokens per project through Spring Security's OAuth2 client (client credentials, {@code client_secret_basic}).
 * Registrations are built at run time from the project's credentials, so portal users never get tokens of their own.
 * A token is reused until 60 s before it expires.
 * <p>
 * Written here rather than left to Spring's authorized-client manager for two reasons. Spring does not de-duplicate
 * concurrent token requests, so a lock per project makes the fetch single flight: callers that find no usable token
 * queue behind the one fetching it and then take the token it stored. And Spring dates a token by the JVM's clock
 * while its expiry check reads the injected one; here a token's lifetime ({@code expires_in}) runs from when it
 * arrived by the injected clock alone, so the two clocks can never disagree about whether it is still usable.
 */
public final class ProjectTokens {

	static final Duration REFRESH_BEFORE_EXPIRY = Duration.ofSeconds(60);

	private final ProjectCredentials credentials;

	private final String tokenUri;

	private final Clock clock;

	private final Map<String, ClientRegistration> registrations = new ConcurrentHashMap<>();

	private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

	private final Map<String, HeldToken> held = new ConcurrentHashMap<>();

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
	}

	/** A usable bearer token for the project, fetching one if needed (at most one fetch per project at a time). */
	public String accessToken(String projectId) {
		HeldToken current = usable(projectId);
		if (current != null) {
			return current.value();
		}
		ReentrantLock lock = lock(projectId);
		lock.lock();
		try {
			current = usable(projectId);
			if (current != null) {
				return current.value();
			}
			ClientRegistration registration = registrations.computeIfAbsent(projectId,
					id -> registration(credentials.require(id)));
			Instant arrived = clock.instant();
			OAuth2AccessToken token = fetch(registration);
			HeldToken fresh = new HeldToken(token.getTokenValue(), arrived.plus(lifetime(token)).minus(REFRESH_BEFORE_EXPIRY));
			held.put(projectId, fresh);
			return fresh.value();
		}
		finally {
			lock.unlock();
		}
	}

	/** Drops the project's token if it is still the one Sinch rejected (another caller may have renewed it). */
	void dropIfCurrent(String projectId, String rejectedToken) {
		ReentrantLock lock = lock(projectId);
		lock.lock();
		try {
			held.computeIfPresent(projectId, (id, token) -> token.value().equals(rejectedToken) ? null : token);
		}
		finally {
			lock.unlock();
		}
	}

	public void forget(String projectId) {
		ReentrantLock lock = lock(projectId);
		lock.lock();
		try {
			held.remove(projectId);
			registrations.remove(projectId);
		}
		finally {
			lock.unlock();
		}
	}

	/** Fetches a token for credentials that are not stored yet, without keeping it. */
	public OAuth2AccessToken fetchOnce(SinchCredentials candidate) {
		return fetch(registration(candidate));
	}

	private OAuth2AccessToken fetch(ClientRegistration registration) {
		return tokenClient.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration)).getAccessToken();
	}

	private HeldToken usable(String projectId) {
		HeldToken token = held.get(projectId);
		return (token != null && clock.instant().isBefore(token.renewAt())) ? token : null;
	}

	private ReentrantLock lock(String projectId) {
		return locks.computeIfAbsent(projectId, id -> new ReentrantLock());
	}

	/** What Sinch granted ({@code expires_in}); a token without one is used for this call only. */
	private static Duration lifetime(OAuth2AccessToken token) {
		if (token.getIssuedAt() == null || token.getExpiresAt() == null) {
			return Duration.ZERO;
		}
		return Duration.between(token.getIssuedAt(), token.getExpiresAt());
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

	/** A token and when to stop using it, by the injected clock. */
	private record HeldToken(String value, Instant renewAt) {

		@Override
		public String toString() {
			return "HeldToken[renewAt=" + renewAt + "]";
		}

	}

}
