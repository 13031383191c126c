package com.provisioningportal.portal.identity;

import org.springframework.security.core.AuthenticationException;

/** So many sign-ins are failing that this one was not checked; the client should try again in a moment. */
class SignInBusyException extends AuthenticationException {

	private static final long serialVersionUID = 1L;

	SignInBusyException() {
		super("Too many failed sign-ins on this instance just now");
	}

}
