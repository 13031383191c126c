package com.provisioningportal.portal.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Puts the sign-in limits in front of the password check: the instance's rate of failures, then the client
 * address's and the account's counts, each of which takes the attempt before the password is looked at. A refused
 * attempt checks no password; a right password gives back what it took; a wrong one keeps it.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwordCheck;

	private final SignInThrottle throttle;

	private final GlobalSignInRate rate;

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle, GlobalSignInRate rate) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
		this.rate = rate;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!rate.tryAcquire()) {
			throw new SignInBusyException();
		}
		SignInThrottle.Attempt attempt;
		try {
			attempt = throttle.begin(authentication.getName(), authentication.getDetails());
		}
		catch (RuntimeException ex) {
			rate.giveBack();
			throw ex;
		}
		try {
			Authentication result = passwordCheck.authenticate(authentication);
			throttle.succeeded(attempt);
			rate.giveBack();
			return result;
		}
		catch (InternalAuthenticationServiceException ex) {
			throttle.abandoned(attempt);
			rate.giveBack();
			throw ex;
		}
		catch (AuthenticationException ex) {
			throttle.failed(attempt);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
