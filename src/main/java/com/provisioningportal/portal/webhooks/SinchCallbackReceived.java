package com.provisioningportal.portal.webhooks;

import java.time.Instant;

/**
 * A verified, first-seen callback from Sinch. Published after the receipt is committed; features listen to bring
 * their own state (signup attempts, progress views) up to date.
 *
 * @param type Sinch's trigger, e.g. {@code WHATSAPP_SENDER_ACTIVE}
 * @param resourceType {@code whatsapp-sender}, {@code whatsapp-template}, {@code whatsapp-account}, {@code bundle}
 * or {@code other}
 * @param resourceId the resource's id as Sinch names it (a template is {@code name/language})
 * @param state the resource's state in the payload, if it has one
 * @param payloadJson the payload exactly as Sinch sent it (it may hold a sender's bearer token: never log it)
 */
public record SinchCallbackReceived(String projectId, String type, String resourceType, String resourceId,
		String state, String comment, String payloadJson, Instant receivedAt) {

	@Override
	public String toString() {
		return "SinchCallbackReceived[projectId=" + projectId + ", type=" + type + ", resourceType=" + resourceType
				+ ", resourceId=" + resourceId + ", state=" + state + "]";
	}

}
