package com.provisioningportal.portal.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class TeamNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	TeamNotFoundException(long id) {
		super("No team " + id);
	}

}
