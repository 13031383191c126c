package com.provisioningportal.portal.gateway.whatsapp;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The project's WhatsApp account (WABA) as Sinch returns it; enum-like fields are Sinch's raw strings. */
public record WhatsAppAccount(String state, @JsonProperty("isEmbeddedSignup") Boolean embeddedSignup,
		String businessManager, String wabaId, Changes changes, Details details, String wabaBanState, String wabaBanDate,
		Boolean wabaEnabledForInsights, Boolean wabaEnabledForDirectSend, Object wabaMaxPriceOnboarded,
		List<String> compatibleRegions, String primaryBusinessLocation, String businessDailyLimit, String currency) {

	public record Changes(String status, Map<String, Object> details) {

	}

	public record Details(String clientBusinessManagerId, String wabaName, String companyLegalName,
			SenderDetails senderDetails) {

	}

	public record SenderDetails(String displayName, String businessCategory, String region, String metaLocalStorage) {

	}

}
