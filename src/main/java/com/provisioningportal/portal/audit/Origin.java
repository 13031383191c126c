package com.provisioningportal.portal.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Where a change came from: the actor, their address and browser, and the user action it belongs to. */
record Origin(Actor actor, @Nullable String clientIp, @Nullable String userAgent, UUID correlationId) {

	Origin withActor(Actor other) {
		return new Origin(other, clientIp, userAgent, correlationId);
	}

}
