package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;

/** Giving a project to a team. */
class TeamProjectForm {

	@NotBlank(message = "{team.project.required}")
	private String projectId;

	public String getProjectId() {
		return projectId;
	}

	public void setProjectId(String projectId) {
		this.projectId = projectId;
	}

}
