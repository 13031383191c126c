package com.provisioningportal.portal.whatsapp.signup;

/**
 * A signup request the rules refuse (unknown nonce, used state, a link no longer open); the message says why.
 * {@link #withdrawn()} when the link was revoked, which the customer's pages answer with the withdrawn page.
 */
class SignupRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean withdrawn;

	SignupRefused(String message) {
		this(message, false);
	}

	private SignupRefused(String message, boolean withdrawn) {
		super(message);
		this.withdrawn = withdrawn;
	}

	static SignupRefused withdrawn(String message) {
		return new SignupRefused(message, true);
	}

	boolean withdrawn() {
		return withdrawn;
	}

}
