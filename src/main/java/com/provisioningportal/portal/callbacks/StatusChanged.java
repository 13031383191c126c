package com.provisioningportal.portal.callbacks;

import java.time.Instant;

/**
 * A watched resource's status changed, seen once across all portal instances: through a callback or, when that was
 * lost or late, through reconciliation. Published inside the transaction that recorded it. A change of one of the
 * resource's parts (an operator's decision in a launch) is a change even when the resource's own state stays.
 *
 * @param previous the status the portal knew before
 * @param current the new status; its state is {@link #GONE} when Sinch no longer has the resource
 * @param settled whether waiting on the resource has ended
 */
public record StatusChanged(WatchedResource resource, WatchedStatus previous, WatchedStatus current, boolean settled,
		Source source, Instant at) {

	public static final String GONE = "GONE";

	/** The state the portal knew before. */
	public String previousState() {
		return previous.state();
	}

	/** The new state. */
	public String state() {
		return current.state();
	}

	public enum Source {

		CALLBACK, RECONCILIATION

	}

}
