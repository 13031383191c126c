package com.provisioningportal.portal.gateway;

import java.util.List;

/**
 * Filters of the sender list, sent as repeated query parameters.
 *
 * @param states sender {@code state}s ({@code filterStates}), empty for all
 * @param statuses pending-change {@code status}es ({@code filterStatuses}), empty for all
 */
public record SenderFilter(List<String> states, List<String> statuses) {

	public SenderFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		statuses = (statuses != null) ? List.copyOf(statuses) : List.of();
	}

	public static SenderFilter none() {
		return new SenderFilter(List.of(), List.of());
	}

	public static SenderFilter states(String... states) {
		return new SenderFilter(List.of(states), List.of());
	}

}
