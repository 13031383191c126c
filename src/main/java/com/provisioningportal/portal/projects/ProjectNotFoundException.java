package com.provisioningportal.portal.projects;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class ProjectNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ProjectNotFoundException(String projectId) {
		super("No project " + projectId);
	}

}
