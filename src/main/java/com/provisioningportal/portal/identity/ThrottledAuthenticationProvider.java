package com.provisioningportal.portal.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Puts the per-name lock in front of the password check: a locked name is refused without looking at the password,
 * a failure is counted, a success clears the count.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (throttle.lockedUntil(username).isPresent()) {
			throw new LockedException("Too many failed sign-ins");
		}
		try {
			Authentication result = passwordCheck.authenticate(authentication);
			throttle.clear(username);
			return result;
		}
		catch (AuthenticationException ex) {
			throttle.recordFailure(username);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
