package com.provisioningportal.portal.whatsapp.signup;

/** A signup request the rules refuse (unknown nonce, used state, a link no longer open); the message says why. */
class SignupRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	SignupRefused(String message) {
		super(message);
	}

}
