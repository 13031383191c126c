package com.provisioningportal.portal.audit;

/** Where a change stood when its row was written. An ATTEMPT and its outcome share a correlation id. */
public enum Phase {

	ATTEMPT, SUCCEEDED, FAILED, DENIED

}
