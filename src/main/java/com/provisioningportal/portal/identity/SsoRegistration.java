package com.provisioningportal.portal.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The provider's one registration, read from its discovery document at the first sign-in rather than at start-up,
 * so the portal starts (and local sign-in works) while the provider is unreachable; a failed read is tried again
 * at the next sign-in.
 */
final class SsoRegistration implements ClientRegistrationRepository {

	static final String ID = "sso";

	private static final Logger log = LoggerFactory.getLogger(SsoRegistration.class);

	private final SsoSettings settings;

	private volatile ClientRegistration registration;

	SsoRegistration(SsoSettings settings) {
		this.settings = settings;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration found = registration;
		if (found == null) {
			synchronized (this) {
				if (registration == null) {
					registration = discover();
				}
				found = registration;
			}
		}
		return found;
	}

	private ClientRegistration discover() {
		try {
			ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
				.registrationId(ID)
				.clientName(settings.displayName())
				.clientId(settings.clientId())
				.scope("openid", "profile", "email")
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
			if (settings.clientSecret() == null || settings.clientSecret().isBlank()) {
				builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
			}
			else {
				builder.clientSecret(settings.clientSecret());
			}
			return builder.build();
		}
		catch (RuntimeException ex) {
			log.error("The single sign-on provider {} could not be read: {}", settings.issuerUri(), ex.getMessage());
			throw ex;
		}
	}

}
