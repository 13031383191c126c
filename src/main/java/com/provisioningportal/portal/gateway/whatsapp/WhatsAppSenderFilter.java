package com.provisioningportal.portal.gateway.whatsapp;

import java.util.List;

/**
 * Filters of the sender list, sent as repeated query parameters.
 *
 * @param states sender {@code state}s ({@code filterStates}), empty for all
 * @param statuses pending-change {@code status}es ({@code filterStatuses}), empty for all
 */
public record WhatsAppSenderFilter(List<String> states, List<String> statuses) {

	public WhatsAppSenderFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
	}

	public static WhatsAppSenderFilter none() {
		return new WhatsAppSenderFilter(List.of(), List.of());
	}

	public static WhatsAppSenderFilter states(String... states) {
		return new WhatsAppSenderFilter(List.of(states), List.of());
	}

}
