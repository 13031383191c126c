package com.provisioningportal.portal.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.PagePolicies;
import com.provisioningportal.portal.web.ProjectAccess;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.class)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere, so the policy needs no {@code unsafe-inline}. Bootstrap's icons are
	 * data: URIs in its stylesheet, hence {@code img-src data:}. Features add origins for some paths only
	 * ({@link PagePolicies}); no page gets a Cross-Origin-Opener-Policy, which would cut Meta's signup popup off
	 * from its opener.
	 */
	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "form-action 'self'",
			"frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RouteTable routeTable(List<AccessRules> contributions) {
		return new RouteTable(contributions);
	}

	@Bean
	AccessRules identityAccessRules() {
		return () -> List.of(AccessRule.get("/login", Access.PUBLIC), AccessRule.post("/login", Access.PUBLIC),
				AccessRule.post("/logout", Access.SIGNED_IN), AccessRule.any("/account/password", Access.SIGNED_IN),
				AccessRule.get("/actuator/health", Access.PUBLIC), AccessRule.get("/actuator/health/**", Access.PUBLIC),
				AccessRule.get("/actuator/prometheus", Access.ADMIN));
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
		// Mappings go by exact class, so the address lock is named to be audited like the account lock.
		events.setAdditionalExceptionMappings(Map.of(AddressLockedException.class, AuthenticationFailureLockedEvent.class));
		return events;
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, RouteTable routes, PortalUserDetailsService userDetails,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, GlobalSignInRate rate, SignInSettings settings,
			Clock clock, AuthenticationEventPublisher events, ObjectProvider<PagePolicies> pagePolicies,
			ProjectAccess projectAccess, SingleSignOn sso, @Value("${portal.public-url:}") String publicUrl,
			SecondStepSignIn secondStep) throws Exception {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(userDetails);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		ProviderManager authentication = new ProviderManager(
				sso.providers(new ThrottledAuthenticationProvider(passwordCheck, throttle, rate)));
		authentication.setAuthenticationEventPublisher(events);
		// The default, stated because the session keeps the principal: no password hash goes into it.
		authentication.setEraseCredentialsAfterAuthentication(true);

		http.authenticationManager(authentication)
			.authorizeHttpRequests(authorize -> {
				routes.rules().forEach(rule -> apply(authorize, rule));
				// Every route has a rule (RouteCoverageCheck refuses to start otherwise); what is left are
				// addresses nothing serves, which signed-in users may be told do not exist.
				authorize.anyRequest().authenticated();
			})
			.formLogin(form -> form.loginPage("/login").successHandler(secondStep).failureHandler(new SignInFailureHandler()).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?signedOut").deleteCookies(SessionCookieConfiguration.COOKIE_NAME))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.addHeaderWriter(new ContentSecurityPolicyWriter(pagePolicies.orderedStream().toList(), sso.signOutOrigins()))
				.frameOptions(frame -> frame.deny())
				// Behind a TLS proxy the request may look plain to the portal; its public address says it is not.
				.httpStrictTransportSecurity(hsts -> {
					hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true);
					if (SessionCookieConfiguration.isHttps(publicUrl)) {
						hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
					}
				})
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterBefore(new SessionLifetimeFilter(clock, settings.sessionLifetime()), LogoutFilter.class)
			.addFilterAfter(new ForcedPasswordChangeFilter(), AuthorizationFilter.class)
			.addFilterAfter(new SecondFactorEnrolmentFilter(), ForcedPasswordChangeFilter.class)
			.addFilterAfter(new ProjectAccessFilter(routes, projectAccess), ForcedPasswordChangeFilter.class);
		sso.configure(http);
		return http.build();
	}

	private static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
			AccessRule rule) {
		List<PathPatternRequestMatcher> matchers = rule.methods().isEmpty()
				? List.of(PathPatternRequestMatcher.withDefaults().matcher(rule.pattern()))
				: rule.methods().stream().map(method -> PathPatternRequestMatcher.withDefaults().matcher(method, rule.pattern())).toList();
		var access = authorize.requestMatchers(matchers.toArray(PathPatternRequestMatcher[]::new));
		switch (rule.access()) {
			case PUBLIC -> access.permitAll();
			case SIGNED_IN -> access.authenticated();
			// The user's role on the project, from their teams, decides these (ProjectAccessFilter).
			case CHANNELS_READ, CHANNELS_CHANGE -> {
				if (rule.pattern().contains("{projectId}")) {
					access.authenticated();
				}
				else {
					access.hasAnyRole(Role.reaching(rule.access()).toArray(String[]::new));
				}
			}
			default -> access.hasAnyRole(Role.reaching(rule.access()).toArray(String[]::new));
		}
	}

}
