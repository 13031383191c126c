package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Naming a provider group whose members join the team, with their role there. */
class TeamGroupForm {

	@NotBlank(message = "{team.group.name.required}")
	@Size(max = 200, message = "{team.group.name.size}")
	private String group;

	@NotNull(message = "{team.member.role.required}")
	private TeamRole groupRole;

	public String getGroup() {
		return group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public TeamRole getGroupRole() {
		return groupRole;
	}

	public void setGroupRole(TeamRole groupRole) {
		this.groupRole = groupRole;
	}

}
