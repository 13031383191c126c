package com.provisioningportal.sandbox.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The sandbox provider's whole application: Spring Authorization Server with OpenID Connect (discovery, JWKS,
 * authorization code with PKCE, user info, RP-initiated logout), Spring Security's default sign-in page, and the
 * people of an {@link IdentityDirectory} and the {@link PortalClient}, which {@link SandboxIdentityProvider} hands
 * in. Nothing here is scanned or auto-configured: the application has only these beans, and the portal's context
 * never sees them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class ProviderConfiguration {

	/** Its own session cookie, so on one host the portal's and the provider's sessions never meet. */
	static final String SESSION_COOKIE = "SANDBOX_IDP_SESSION";

	@Bean
	TomcatServletWebServerFactory webServer(Environment environment) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(
				environment.getProperty("sandbox.identity.port", Integer.class, 0));
		factory.addContextCustomizers(context -> context.setSessionCookieName(SESSION_COOKIE));
		// Tomcat runs filters only on the way to a servlet; every endpoint here is one of Spring Security's filters.
		factory.setRegisterDefaultServlet(true);
		return factory;
	}

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	UserDetailsService people(IdentityDirectory directory) {
		return username -> directory.find(username)
			.map(person -> User.withUsername(person.username()).password("{noop}" + person.password()).roles("PERSON").build())
			.orElseThrow(() -> new UsernameNotFoundException("No such person"));
	}

	/** The groups, e-mail and names in every ID token, as the directory has them at the moment of sign-in. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(IdentityDirectory directory) {
		return context -> {
			if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				return;
			}
			directory.find(context.getPrincipal().getName()).ifPresent(person -> context.getClaims()
				.subject(person.subject())
				.claim("preferred_username", person.username())
				.claim("email", person.email())
				.claim("email_verified", true)
				.claim("name", person.name())
				.claim("groups", List.copyOf(person.groups())));
		};
	}

	@Bean
	OAuth2AuthorizationService authorizations() {
		return new InMemoryOAuth2AuthorizationService();
	}

	/** Which browser session signed in, so RP-initiated logout ends exactly that one. */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	@Bean
	HttpSessionEventPublisher sessionEvents() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	JWKSource<SecurityContext> signingKeys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> signingKeys) {
		return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKeys);
	}

	/** No issuer set: it is the address the provider was reached at, so a random port needs no configuration. */
	@Bean
	AuthorizationServerSettings serverSettings() {
		return AuthorizationServerSettings.builder().build();
	}

}
