package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Adding a member to a team with their role there. */
class MemberForm {

	@NotBlank(message = "{team.member.user.required}")
	private String username;

	@NotNull(message = "{team.member.role.required}")
	private TeamRole role;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public TeamRole getRole() {
		return role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

}
