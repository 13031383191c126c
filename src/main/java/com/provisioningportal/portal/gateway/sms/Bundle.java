package com.provisioningportal.portal.gateway.sms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.webhooks.Webhook;

/** A bundle (an asynchronous work order); {@code state} goes from {@code IN_PROGRESS} to {@code DONE} or {@code FAILED}. */
public record Bundle(String id, String projectId, String name, String state, String region, Subproject subproject,
		BundleSmsApp smsApp, BundleConvApp convApp, List<Webhook> webhooks,
		List<WebhookDeliveryStatus> webhookDeliveryStatuses) {

	public record Subproject(String id, String name, Map<String, String> labels, String parentProjectId, String status) {

	}

	public record BundleSmsApp(String id, String smsServiceId, String name, String status, List<String> regions,
			Boolean test, Boolean numberVerified) {

	}

	/** The Conversation API app; {@code smsChannelStatus} ({@code PENDING}, {@code ACTIVE}, {@code FAILING}) is its SMS channel. */
	public record BundleConvApp(String id, String name, List<ConversationWebhook> webhooks, String processingMode,
			String smsChannelStatus) {

	}

	/** A Conversation API webhook of the bundle's Conversation app; its secret is never read. */
	public record ConversationWebhook(String id, String target, List<String> triggers) {

	}

	public record WebhookDeliveryStatus(String webhookId, Integer httpStatusCode, String errorMessage, Instant date) {

	}

}
