package com.provisioningportal.portal.sms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new name for an SMS app. */
class RenameSmsAppForm {

	@NotBlank(message = "{sms.app.rename.required}")
	@Size(max = 255, message = "{sms.app.name.size}")
	private String name;

	static RenameSmsAppForm named(String name) {
		RenameSmsAppForm form = new RenameSmsAppForm();
		form.setName(name);
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
