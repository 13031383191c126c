package com.provisioningportal.portal.callbacks;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sinch's callbacks carry no session and no CSRF token: a chain of their own, before the portal's, that creates no
 * session and leaves authentication to the signature check.
 */
@Configuration(proxyBeanMethods = false)
class CallbackSecurityConfiguration {

	static final String CALLBACKS = "/callbacks/sinch/{projectId}";

	@Bean
	@Order(1)
	SecurityFilterChain sinchCallbacks(HttpSecurity http) throws Exception {
		http.securityMatcher("/callbacks/sinch/**")
			.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable());
		return http.build();
	}

	@Bean
	AccessRules callbackAccessRules() {
		return () -> List.of(AccessRule.post(CALLBACKS, Access.PUBLIC));
	}

}
