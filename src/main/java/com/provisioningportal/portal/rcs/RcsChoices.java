package com.provisioningportal.portal.rcs;

import java.util.List;

/** The choices of the RCS create form, as Sinch names them, each with the words the form shows. */
final class RcsChoices {

	/** The countries Sinch launches RCS senders in, by ISO code. */
	static final List<String> COUNTRIES = List.of("AT", "BE", "BR", "CA", "CZ", "DK", "FI", "FR", "DE", "GR", "HU", "IT",
			"MX", "NL", "NO", "PE", "PL", "PT", "SG", "SK", "ES", "SE", "US", "GB");

	private RcsChoices() {
	}

	enum Region {

		EU("Europe (EU)"), US("United States (US)"), BR("Brazil (BR)");

		private final String label;

		Region(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** Sinch's current billing categories; the others it publishes are deprecated. */
	enum BillingCategory {

		CONVERSATIONAL("Conversational: charged per conversation"),
		NON_CONVERSATIONAL("Non-conversational: charged per message");

		private final String label;

		BillingCategory(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** What the sender is for; it decides the launch questions. */
	enum UseCase {

		MULTIUSE("Several purposes"), OTP("One-time passwords"), PROMOTIONAL("Promotions"), TRANSACTIONAL("Transactions");

		private final String label;

		UseCase(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

}
