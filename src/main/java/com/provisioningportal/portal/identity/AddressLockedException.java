package com.provisioningportal.portal.identity;

import org.springframework.security.authentication.LockedException;

/** Too many failed sign-ins came from the client's address, whatever the names. */
class AddressLockedException extends LockedException {

	private static final long serialVersionUID = 1L;

	AddressLockedException() {
		super("Too many failed sign-ins from this address");
	}

}
