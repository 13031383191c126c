package com.provisioningportal.portal.whatsapp.signup;

import java.util.Set;

/**
 * Where a signup attempt stands. The main path is STARTED → CODE_RECEIVED → VERIFIED → SENDER_REQUESTED → ACTIVE
 * or ERROR; CANCELLED, META_ERROR and NEEDS_NUMBER are side exits, and WITHDRAWN ends a customer's attempt whose
 * link was revoked before Sinch was asked for the sender.
 */
public enum AttemptStatus {

	STARTED, CODE_RECEIVED, VERIFIED, SENDER_REQUESTED, ACTIVE, ERROR, CANCELLED, META_ERROR, NEEDS_NUMBER, WITHDRAWN;

	private static final Set<AttemptStatus> UNDER_WAY = Set.of(STARTED, CODE_RECEIVED, VERIFIED, SENDER_REQUESTED);

	/** Whether the portal (or Sinch) is still working on it, so pages keep asking for news. */
	public boolean underWay() {
		return UNDER_WAY.contains(this) && this != STARTED;
	}

	/** Whether nothing more happens without a new start. */
	public boolean finished() {
		return this == ACTIVE || this == ERROR || this == CANCELLED || this == META_ERROR || this == WITHDRAWN;
	}

}
