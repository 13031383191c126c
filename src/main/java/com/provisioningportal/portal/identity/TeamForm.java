package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team's name, on the new-team page and the rename form. */
class TeamForm {

	@NotBlank(message = "Enter the team's name.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String name;

	static TeamForm of(Team team) {
		TeamForm form = new TeamForm();
		form.setName(team.name());
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
