package com.provisioningportal.sandbox.meta;

import java.util.List;

import com.provisioningportal.sandbox.meta.MetaWaba.PhoneNumber;

/**
 * The customers' accounts the dialog offers in dev mode. The Travel WABA is new to the Sinch sandbox, so a sender
 * for "Sandbox Travel" can be created with it; the Retail WABA is the one the Sinch sandbox's "Sandbox Retail"
 * already uses (Sinch answers 409 {@code waba_id_used} for it in another project).
 */
final class MetaDevSeed {

	static final MetaWaba TRAVEL = new MetaWaba("102290129340402", "Sandbox Travel", "400000000000002",
			List.of(new PhoneNumber("109876543210201", "+48 600 300 400", "Sandbox Travel"),
					new PhoneNumber("109876543210202", "+48 600 300 401", "Sandbox Travel Support"),
					// The Sinch sandbox fails senders whose phone number id starts with 9990.
					new PhoneNumber("999000000000203", "+48 600 300 402", "Sandbox Travel Unlucky")));

	static final MetaWaba TRAVEL_WITHOUT_NUMBER = new MetaWaba("102290129340403", "Sandbox Travel Spare",
			"400000000000002", List.of());

	static final MetaWaba RETAIL = new MetaWaba("102290129340398", "Sandbox Retail", "400000000000001",
			List.of(new PhoneNumber("109876543210001", "+48 600 100 200", "Sandbox Retail")));

	private MetaDevSeed() {
	}

	static void seed(MetaState state) {
		List.of(TRAVEL, TRAVEL_WITHOUT_NUMBER, RETAIL).forEach(state::addWaba);
	}

}
