package com.provisioningportal.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One callback the sandbox owes a webhook target, with every attempt made so far.
 *
 * @param status PENDING (attempts left), DELIVERED (a 2xx came back), FAILED (given up) or DROPPED (lost on the way, see
 * {@link SinchSandbox#dropCallbacks(String)})
 * @param body the exact raw body that was signed and sent
 */
public record CallbackDelivery(String id, String projectId, String webhookId, String target, String type, String body,
		String status, List<Attempt> attempts) {

	/**
	 * @param httpStatus the target's answer, or 0 when it could not be reached
	 * @param error why the attempt failed, or null
	 */
	public record Attempt(Instant at, String nonce, String timestamp, String signature, int httpStatus, String error) {
	}

}
