package com.provisioningportal.portal.gateway.whatsapp;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of a sender created from Meta's Embedded Signup. Only {@code wabaId} and {@code phoneNumberId} are required;
 * the rest is left out when {@code null}. {@link #toString()} never shows the single-use authentication code.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmbeddedSignupSender(String wabaId, String phoneNumberId, String region, String metaLocalStorage,
		String businessManager, String authenticationCode) {

	@Override
	public String toString() {
		return "EmbeddedSignupSender[wabaId=" + wabaId + ", phoneNumberId=" + phoneNumberId + ", region=" + region
				+ ", metaLocalStorage=" + metaLocalStorage + ", businessManager=" + businessManager
				+ ", authenticationCode=" + ((authenticationCode != null) ? "***" : null) + "]";
	}

}
