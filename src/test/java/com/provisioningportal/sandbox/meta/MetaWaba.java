package com.provisioningportal.sandbox.meta;

import java.util.List;

/**
 * A customer's WhatsApp Business Account as the signup dialog offers it and Graph answers it.
 *
 * @param id the WABA id ({@code waba_id})
 * @param name the WABA's name
 * @param businessId the customer's business portfolio id ({@code business_id})
 * @param phoneNumbers its numbers, possibly none (for {@code FINISH_ONLY_WABA})
 */
public record MetaWaba(String id, String name, String businessId, List<PhoneNumber> phoneNumbers) {

	public MetaWaba {
		phoneNumbers = List.copyOf(phoneNumbers);
	}

	/**
	 * @param id the phone number id ({@code phone_number_id})
	 * @param displayPhoneNumber as Graph's {@code display_phone_number}, e.g. "+48 600 300 400"
	 * @param verifiedName as Graph's {@code verified_name}
	 */
	public record PhoneNumber(String id, String displayPhoneNumber, String verifiedName) {
	}

}
