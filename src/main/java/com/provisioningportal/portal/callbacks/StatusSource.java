package com.provisioningportal.portal.callbacks;

import java.util.Optional;

/**
 * How reconciliation reads the current state of one kind of resource from Sinch. A feature that waits on a kind
 * declares one bean of this type; the scheduled reconciliation asks it about every unsettled resource of its kind.
 */
public interface StatusSource {

	/** The kind this source answers for, one of the {@link WatchedResource} kinds. */
	String kind();

	/**
	 * The resource's status at Sinch now, or empty when Sinch no longer has the resource.
	 * @throws com.provisioningportal.portal.gateway.SinchException when Sinch cannot say; the next round asks again
	 */
	Optional<WatchedStatus> currentStatus(String projectId, String resourceId);

	/**
	 * The resource's status after a callback about it, if the callback says. The default reads the payload's state;
	 * a source whose states combine several fields, or whose resource has parts, reads them itself.
	 */
	default Optional<WatchedStatus> statusAfter(SinchCallbackReceived callback) {
		return Optional.ofNullable(callback.state()).map(WatchedStatus::of);
	}

	/** Whether nothing more will happen to a resource in this state without someone acting: waiting ends there. */
	boolean settled(String state);

}
