package com.provisioningportal.portal.whatsapp.signup;

import java.time.Instant;
import java.util.UUID;

/** A single-use link a specialist sends a customer; the token itself is only ever known to them. */
public record SignupLink(UUID id, String projectId, String region, String metaLocalStorage, String createdBy,
		Instant createdAt, Instant expiresAt, Instant revokedAt, String revokedBy, Instant usedAt) {

	enum State {

		OPEN, USED, EXPIRED, REVOKED

	}

	State state(Instant now) {
		if (revokedAt != null) {
			return State.REVOKED;
		}
		if (usedAt != null) {
			return State.USED;
		}
		return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
	}

	/** Who acted when the customer used the link: named after the link and the specialist who sent it. */
	String actorName() {
		return "customer link " + id.toString().substring(0, 8) + " (sent by " + createdBy + ")";
	}

}
