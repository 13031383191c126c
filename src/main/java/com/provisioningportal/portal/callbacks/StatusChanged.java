package com.provisioningportal.portal.callbacks;

import java.time.Instant;

/**
 * A watched resource's state changed, seen once across all portal instances: through a callback or, when that was
 * lost or late, through reconciliation. Published inside the transaction that recorded it.
 *
 * @param previousState the state the portal knew before
 * @param state the new state; {@link #GONE} when Sinch no longer has the resource
 * @param settled whether waiting on the resource has ended
 */
public record StatusChanged(WatchedResource resource, String previousState, String state, boolean settled,
		Source source, Instant at) {

	public static final String GONE = "GONE";

	public enum Source {

		CALLBACK, RECONCILIATION

	}

}
