package com.provisioningportal.portal.sms;

/** The regions Sinch creates SMS apps and bundles in. */
enum SmsRegion {

	EU("Europe (EU)"), US("United States (US)"), BR("Brazil (BR)");

	private final String label;

	SmsRegion(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
