package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;

class PasswordResetForm {

	@NotBlank(message = "{user.temporary-password.required}")
	private String temporaryPassword;

	public String getTemporaryPassword() {
		return temporaryPassword;
	}

	public void setTemporaryPassword(String temporaryPassword) {
		this.temporaryPassword = temporaryPassword;
	}

}
