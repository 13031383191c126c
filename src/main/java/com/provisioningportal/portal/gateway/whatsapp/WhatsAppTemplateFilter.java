package com.provisioningportal.portal.gateway.whatsapp;

import java.util.List;

/**
 * Filters of the template list.
 *
 * @param states template {@code state}s ({@code filterStates}), empty for all
 * @param statuses pending-change {@code status}es ({@code filterStatuses}), empty for all
 * @param templateName name prefix, or {@code null}
 */
public record WhatsAppTemplateFilter(List<String> states, List<String> statuses, String templateName) {

	public WhatsAppTemplateFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
	}

	public static WhatsAppTemplateFilter none() {
		return new WhatsAppTemplateFilter(List.of(), List.of(), null);
	}

}
