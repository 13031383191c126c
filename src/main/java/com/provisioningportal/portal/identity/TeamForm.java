package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A team's name, on the new-team page and the rename form. */
class TeamForm {

	@NotBlank(message = "{team.name.required}")
	@Size(max = 100, message = "{team.name.size}")
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
