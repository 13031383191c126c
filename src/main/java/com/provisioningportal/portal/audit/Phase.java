package com.provisioningportal.portal.audit;

/** Where a change stood when its row was written. An ATTEMPT and its outcome share a correlation id. */
public enum Phase {

	ATTEMPT, SUCCEEDED, FAILED, DENIED,

	/** Sent, but no answer came: whether Sinch made the change is settled later by asking Sinch. */
	UNKNOWN

}
