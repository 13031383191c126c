package com.provisioningportal.portal.callbacks;

import java.time.Instant;

/**
 * A verified, first-seen callback from Sinch. Published after the receipt is committed; features listen to bring
 * their own state up to date.
 *
 * @param type Sinch's trigger
 * @param resourceType the {@link CallbackKind#kind()} that claims the trigger, or {@code other}
 * @param resourceId the resource's id as its kind reads it from the payload
 * @param state the resource's state in the payload, if it has one
 * @param payloadJson the payload exactly as Sinch sent it (it may hold a bearer token: never log it)
 */
public record SinchCallbackReceived(String projectId, String type, String resourceType, String resourceId,
		String state, String comment, String payloadJson, Instant receivedAt) {

	@Override
	public String toString() {
		return "SinchCallbackReceived[projectId=" + projectId + ", type=" + type + ", resourceType=" + resourceType
				+ ", resourceId=" + resourceId + ", state=" + state + "]";
	}

}
