package com.provisioningportal.portal.whatsapp.signup;

import java.util.List;

/** Where the new sender lives at Sinch and where Meta stores its data, chosen before the flow starts. */
record SignupDefaults(String region, String metaLocalStorage) {

	static final List<String> REGIONS = List.of("EU", "US", "BR");

	static final List<String> STORAGE = List.of("DE", "GB", "CH", "US", "CA", "BR", "AE", "AU", "BH", "ID", "IN", "JP",
			"KR", "SG", "ZA");

	static final SignupDefaults PORTAL = new SignupDefaults("EU", "DE");

	/**
	 * Sinch's region × business manager rule: an EU sender can only be managed by SINCH_UK, a BR sender by SINCH_BR
	 * (or SINCH_MX); US leaves the choice to Sinch.
	 */
	String businessManager() {
		return switch (region) {
			case "EU" -> "SINCH_UK";
			case "BR" -> "SINCH_BR";
			default -> null;
		};
	}

}
