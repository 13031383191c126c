package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotNull;

/** A member's new role in a team, from the select in their row. */
class MemberRoleForm {

	@NotNull(message = "{team.member.role.required}")
	private TeamRole role;

	public TeamRole getRole() {
		return role;
	}

	public void setRole(TeamRole role) {
		this.role = role;
	}

}
