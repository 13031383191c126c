package com.provisioningportal.portal.identity;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.mockito.Mockito.mock;

/**
 * The portal's filter chain, built from the route table as in production, and the templates' access checks, for
 * page slices. Signing in is not what a slice tests, so the user store and the sign-in limits are stand-ins.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, PageAccess.class })
public class PageSecurity {

	@Bean
	PortalUserDetailsService portalUserDetailsService() {
		return mock(PortalUserDetailsService.class);
	}

	@Bean
	SecondStepSignIn secondStepSignIn() {
		return mock(SecondStepSignIn.class);
	}

	@Bean
	SignInThrottle signInThrottle() {
		return mock(SignInThrottle.class);
	}

	@Bean
	GlobalSignInRate globalSignInRate() {
		return mock(GlobalSignInRate.class);
	}

	/** For the session lifetime: slices have no clock of the portal's. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** Single sign-on off, as without its settings. */
	@Bean
	SingleSignOn singleSignOn() {
		return new SingleSignOn(new SsoSettings(null, null, null, null, null, true, SsoSettings.EmailCollision.REFUSE),
				mock(SsoAccounts.class));
	}

}
