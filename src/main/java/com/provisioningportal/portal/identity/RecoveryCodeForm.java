package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class RecoveryCodeForm {

	@NotBlank(message = "{second-factor.recovery-code.required}")
	@Size(max = 64, message = "{second-factor.recovery-code.wrong}")
	private String recoveryCode;

	public String getRecoveryCode() {
		return recoveryCode;
	}

	public void setRecoveryCode(String recoveryCode) {
		this.recoveryCode = recoveryCode;
	}

}
