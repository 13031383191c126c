package com.provisioningportal.portal.callbacks;

import java.util.Optional;

/**
 * The resources the portal waits on at Sinch. Callbacks move them on; a scheduled reconciliation asks Sinch about
 * those still unsettled (through each kind's {@link StatusSource}), so a lost callback never leaves one stuck. Each
 * change is announced once as a {@link StatusChanged} event, whichever instance or path saw it first.
 */
public interface StatusWatch {

	/** Starts (or restarts) waiting on a resource whose state the caller just saw as {@code knownState}. */
	void watch(WatchedResource resource, String knownState);

	/** The last status the portal knows for a watched resource, its parts' states included. */
	Optional<WatchedStatus> lastKnown(WatchedResource resource);

	/** How many resources of a kind the portal still waits on in a project. */
	long waitingOn(String projectId, String kind);

}
