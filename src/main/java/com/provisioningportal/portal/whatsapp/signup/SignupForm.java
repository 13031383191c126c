package com.provisioningportal.portal.whatsapp.signup;

import com.provisioningportal.portal.web.Messages;

import org.springframework.validation.BindingResult;

/** The region and data location chosen before a link is sent or the flow is run now. */
class SignupForm {

	private String region = SignupDefaults.PORTAL.region();

	private String metaLocalStorage = SignupDefaults.PORTAL.metaLocalStorage();

	public String getRegion() {
		return region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getMetaLocalStorage() {
		return metaLocalStorage;
	}

	public void setMetaLocalStorage(String metaLocalStorage) {
		this.metaLocalStorage = metaLocalStorage;
	}

	/** Checks the choice against Sinch's lists; the messages go next to the fields. */
	void validate(BindingResult result) {
		if (region == null || !SignupDefaults.REGIONS.contains(region)) {
			Messages.reject(result, "region", Messages.of("whatsapp.signup.region.required"));
		}
		if (metaLocalStorage == null || !SignupDefaults.STORAGE.contains(metaLocalStorage)) {
			Messages.reject(result, "metaLocalStorage", Messages.of("whatsapp.signup.storage.required"));
		}
	}

	SignupDefaults toDefaults() {
		return new SignupDefaults(region, metaLocalStorage);
	}

}
