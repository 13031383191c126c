package com.provisioningportal.portal.gateway.sms;

import java.util.List;

/**
 * Filters of the bundle list, sent as repeated query parameters.
 *
 * @param states bundle {@code state}s ({@code filterStates}: {@code DONE}, {@code FAILED}, {@code IN_PROGRESS}), empty
 * for all
 * @param smsAppIds bundles that made one of these SMS apps ({@code filterSmsAppIds}), empty for all
 * @param convAppIds bundles that made one of these Conversation apps ({@code filterConvAppIds}), empty for all
 */
public record BundleFilter(List<String> states, List<String> smsAppIds, List<String> convAppIds) {

	public BundleFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		smsAppIds = (smsAppIds != null) ? List.copyOf(smsAppIds) : List.of();
		convAppIds = (convAppIds != null) ? List.copyOf(convAppIds) : List.of();
	}

	public static BundleFilter none() {
		return new BundleFilter(List.of(), List.of(), List.of());
	}

	public static BundleFilter states(String... states) {
		return new BundleFilter(List.of(states), List.of(), List.of());
	}

	public static BundleFilter madeSmsApp(String smsAppId) {
		return new BundleFilter(List.of(), List.of(smsAppId), List.of());
	}

}
