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
	 * The resource's state at Sinch now, or empty when Sinch no longer has it.
	 * @throws com.provisioningportal.portal.gateway.SinchException when Sinch cannot say; the next round asks again
	 */
	Optional<String> currentState(String projectId, String resourceId);

	/**
	 * The resource's state after a callback about it, if the callback says. The default reads the payload's state;
	 * a source whose states combine several fields reads them itself.
	 */
	default Optional<String> stateAfter(SinchCallbackReceived callback) {
		return Optional.ofNullable(callback.state());
	}

	/** Whether nothing more will happen to a resource in this state without someone acting: waiting ends there. */
	boolean settled(String state);

}
