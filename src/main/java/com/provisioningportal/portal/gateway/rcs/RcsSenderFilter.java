package com.provisioningportal.portal.gateway.rcs;

import java.util.List;

/**
 * Filters of the sender list.
 *
 * @param states sender {@code state}s ({@code filterStates}), empty for all
 * @param search part of the brand name, any case ({@code search}), or {@code null}
 */
public record RcsSenderFilter(List<String> states, String search) {

	public RcsSenderFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
	}

	public static RcsSenderFilter none() {
		return new RcsSenderFilter(List.of(), null);
	}

	public static RcsSenderFilter states(String... states) {
		return new RcsSenderFilter(List.of(states), null);
	}

}
