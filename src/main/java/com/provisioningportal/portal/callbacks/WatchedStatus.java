package com.provisioningportal.portal.callbacks;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the portal knows of a watched resource at Sinch: its own state and, for a resource that Sinch reports in
 * parts, each part's state.
 *
 * @param state the resource's state; {@link StatusChanged#GONE} when Sinch no longer has it
 * @param parts each part's state by the part's name (an RCS launch: {@code FR} for the country, {@code FR/Orange}
 * for an operator in it), sorted by name; empty for a resource of one state
 */
public record WatchedStatus(String state, Map<String, String> parts) {

	public WatchedStatus {
		parts = Collections.unmodifiableSortedMap(new TreeMap<>(parts));
	}

	public static WatchedStatus of(String state) {
		return new WatchedStatus(state, Map.of());
	}

	static WatchedStatus gone() {
		return of(StatusChanged.GONE);
	}

}
