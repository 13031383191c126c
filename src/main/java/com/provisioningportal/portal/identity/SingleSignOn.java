package com.provisioningportal.portal.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the OpenID Connect provider of {@link SsoSettings}, beside or instead of the password form:
 * authorization code with PKCE, the ID token's signature, issuer, audience, expiry and nonce checked by Spring
 * Security, the account turned into a portal user by {@link SsoAccounts}, and sign-out ending the provider's
 * session too where it offers RP-initiated logout. Does nothing while single sign-on is off.
 */
@Component
@EnableConfigurationProperties(SsoSettings.class)
class SingleSignOn {

	static final String SIGN_IN_PATH = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/" + SsoRegistration.ID;

	private final SsoSettings settings;

	private final SsoAccounts accounts;

	private final SsoRegistration registration;

	SingleSignOn(SsoSettings settings, SsoAccounts accounts) {
		this.settings = settings;
		this.accounts = accounts;
		this.registration = new SsoRegistration(settings);
	}

	boolean enabled() {
		return settings.enabled();
	}

	boolean localSignIn() {
		return settings.localSignIn();
	}

	String providerName() {
		return settings.displayName();
	}

	/** The sign-in checks: the password form's while local sign-in is on, and the provider's while SSO is. */
	List<AuthenticationProvider> providers(AuthenticationProvider passwordCheck) {
		List<AuthenticationProvider> providers = new ArrayList<>();
		if (settings.localSignIn()) {
			providers.add(passwordCheck);
		}
		if (settings.enabled()) {
			providers.add(new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
					new PortalOidcUserService(accounts)));
		}
		return providers;
	}

	/** Where every page's sign-out form may be redirected: the provider, to end its session. */
	List<String> signOutOrigins() {
		return settings.enabled() ? List.of(settings.origin()) : List.of();
	}

	/** Adds the provider's sign-in and sign-out to the chain, and takes the password form away when it is off. */
	void configure(HttpSecurity http) throws Exception {
		if (!settings.enabled()) {
			return;
		}
		if (!settings.localSignIn()) {
			http.formLogin(AbstractHttpConfigurer::disable);
		}
		DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(registration,
				OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registration);
		signedOut.setPostLogoutRedirectUri("{baseUrl}/login?signedOut");
		// Users who signed in with a password have no provider session to end.
		signedOut.setDefaultTargetUrl("/login?signedOut");
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(registration)
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
			.failureHandler(new SsoFailureHandler()))
			.logout(logout -> logout.logoutSuccessHandler(signedOut));
	}

}
