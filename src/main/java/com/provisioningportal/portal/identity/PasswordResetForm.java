package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;

class PasswordResetForm {

	@NotBlank(message = "Enter a temporary password.")
	private String temporaryPassword;

	public String getTemporaryPassword() {
		return temporaryPassword;
	}

	public void setTemporaryPassword(String temporaryPassword) {
		this.temporaryPassword = temporaryPassword;
	}

}
