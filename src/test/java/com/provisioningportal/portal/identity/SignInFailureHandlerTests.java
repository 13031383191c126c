package com.provisioningportal.portal.identity;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;

class SignInFailureHandlerTests {

	@Test
	void eachRefusalHasItsOwnMessageAndADisabledAccountLooksLikeAWrongPassword() throws Exception {
		assertThat(redirectFor(new BadCredentialsException("Bad credentials"))).isEqualTo("/login?error");
		assertThat(redirectFor(new DisabledException("Disabled"))).isEqualTo("/login?error");
		assertThat(redirectFor(new LockedException("Locked"))).isEqualTo("/login?locked");
		assertThat(redirectFor(new AddressLockedException())).isEqualTo("/login?addressLocked");
		assertThat(redirectFor(new SignInBusyException())).isEqualTo("/login?busy");
	}

	private static String redirectFor(AuthenticationException exception) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setParameter("username", "someone");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SignInFailureHandler().onAuthenticationFailure(request, response, exception);
		return response.getRedirectedUrl();
	}

}
