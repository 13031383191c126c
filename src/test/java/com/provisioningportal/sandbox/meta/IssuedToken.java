package com.provisioningportal.sandbox.meta;

import java.time.Instant;
import java.util.List;

/**
 * A business integration system user token, given for a code.
 *
 * @param token the access token
 * @param issuedAt when the code was exchanged
 * @param expiresAt when it stops working (60 days, as the "With 60 Expiration Token" configuration)
 * @param appId the app it belongs to
 * @param userId the system user it acts as
 * @param businessId the customer's business portfolio
 * @param wabaIds the WABAs it may manage and message for
 */
public record IssuedToken(String token, Instant issuedAt, Instant expiresAt, String appId, String userId,
		String businessId, List<String> wabaIds) {

	public IssuedToken {
		wabaIds = List.copyOf(wabaIds);
	}

}
