package com.provisioningportal.portal.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UserNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UserNotFoundException(long id) {
		super("No user " + id);
	}

}
