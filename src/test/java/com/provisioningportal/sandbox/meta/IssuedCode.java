package com.provisioningportal.sandbox.meta;

import java.time.Instant;

/**
 * A code the dialog handed out, single use and short-lived.
 *
 * @param code the exchangeable code
 * @param issuedAt when the dialog issued it
 * @param appId the app it is bound to
 * @param redirectUri the {@code redirect_uri} it must be exchanged with (redirect flow); null for the SDK's popup,
 *        whose codes are exchanged without one
 * @param wabaId the WABA the customer shared
 * @param businessId the customer's business portfolio
 * @param exchangedAt when it was exchanged, or null
 */
public record IssuedCode(String code, Instant issuedAt, String appId, String redirectUri, String wabaId,
		String businessId, Instant exchangedAt) {

	IssuedCode exchanged(Instant at) {
		return new IssuedCode(code, issuedAt, appId, redirectUri, wabaId, businessId, at);
	}

}
