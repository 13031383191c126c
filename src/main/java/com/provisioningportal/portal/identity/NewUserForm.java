package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

class NewUserForm {

	@NotBlank(message = "{user.name.required}")
	@Pattern(regexp = "^$|[A-Za-z0-9._@-]{3,64}", message = "{user.name.pattern}")
	private String username;

	@NotNull(message = "{user.role.required}")
	private Role role;

	@NotBlank(message = "{user.temporary-password.required}")
	private String temporaryPassword;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public Role getRole() {
		return role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public String getTemporaryPassword() {
		return temporaryPassword;
	}

	public void setTemporaryPassword(String temporaryPassword) {
		this.temporaryPassword = temporaryPassword;
	}

	UserAdministration.CreateUser toCommand() {
		return new UserAdministration.CreateUser(username.trim(), role, temporaryPassword);
	}

}
