package com.provisioningportal.portal.identity;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on through one OpenID Connect provider; off while {@code issuerUri} is blank. The checks run while
 * the settings are bound, so a portal nobody could sign into does not start.
 *
 * @param issuerUri the provider's issuer; its discovery document gives every endpoint
 * @param clientId the portal's client at the provider
 * @param clientSecret that client's secret (never logged: {@link #toString()} leaves it out)
 * @param providerName shown on the sign-in button; the issuer's host when blank
 * @param adminGroup the provider group whose members are the portal's administrators
 * @param localSignIn whether the user-name-and-password form is offered as well
 * @param emailCollision what a first sign-in does when the provider account claims a local user's name or e-mail
 */
@ConfigurationProperties("portal.sso")
record SsoSettings(String issuerUri, String clientId, String clientSecret, String providerName, String adminGroup,
		@DefaultValue("true") boolean localSignIn, @DefaultValue("refuse") EmailCollision emailCollision) {

	enum EmailCollision {

		/** The provider account gets an account of its own, under another name. */
		SEPARATE,

		/** The sign-in is refused until an administrator sorts the accounts out. */
		REFUSE

	}

	SsoSettings {
		issuerUri = blankToNull(issuerUri);
		clientId = blankToNull(clientId);
		providerName = blankToNull(providerName);
		adminGroup = blankToNull(adminGroup);
		if (issuerUri != null && clientId == null) {
			throw new IllegalArgumentException("portal.sso.client-id is needed with portal.sso.issuer-uri");
		}
		if (!localSignIn && issuerUri == null) {
			throw new IllegalArgumentException(
					"portal.sso.local-sign-in=false needs portal.sso.issuer-uri: nobody could sign in otherwise");
		}
		if (!localSignIn && adminGroup == null) {
			throw new IllegalArgumentException(
					"portal.sso.local-sign-in=false needs portal.sso.admin-group: nobody could administer the portal otherwise");
		}
	}

	boolean enabled() {
		return issuerUri != null;
	}

	String displayName() {
		return (providerName != null) ? providerName : URI.create(issuerUri).getHost();
	}

	/** The provider's origin, which sign-out forms are redirected to. */
	String origin() {
		URI issuer = URI.create(issuerUri);
		return issuer.getScheme() + "://" + issuer.getRawAuthority();
	}

	@Override
	public String toString() {
		return "SsoSettings[issuerUri=" + issuerUri + ", clientId=" + clientId + ", providerName=" + providerName
				+ ", adminGroup=" + adminGroup + ", localSignIn=" + localSignIn + ", emailCollision=" + emailCollision + "]";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
