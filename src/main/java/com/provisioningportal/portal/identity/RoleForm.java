package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotNull;

class RoleForm {

	@NotNull(message = "{user.role.required}")
	private Role role;

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
