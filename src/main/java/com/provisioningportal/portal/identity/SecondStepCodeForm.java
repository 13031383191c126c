package com.provisioningportal.portal.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The code from the authenticator app; spaces as some apps show them ("123 456") are dropped. */
class SecondStepCodeForm {

	@NotBlank(message = "{second-factor.code.required}")
	@Pattern(regexp = "\\d{6}", message = "{second-factor.code.pattern}")
	private String code;

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = (code == null) ? null : code.replaceAll("\\s", "");
	}

}
