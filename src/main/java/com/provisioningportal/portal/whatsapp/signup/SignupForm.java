package com.provisioningportal.portal.whatsapp.signup;

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
			result.rejectValue("region", "region", "Choose the region Sinch should host the sender in.");
		}
		if (metaLocalStorage == null || !SignupDefaults.STORAGE.contains(metaLocalStorage)) {
			result.rejectValue("metaLocalStorage", "storage", "Choose where Meta stores the messages' data.");
		}
	}

	SignupDefaults toDefaults() {
		return new SignupDefaults(region, metaLocalStorage);
	}

}
