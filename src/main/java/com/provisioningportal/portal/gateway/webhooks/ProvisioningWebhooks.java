package com.provisioningportal.portal.gateway.webhooks;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.transport.SinchCall;
import com.provisioningportal.portal.gateway.transport.SinchRequests;

import org.springframework.stereotype.Component;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * A project's provisioning webhooks: where Sinch sends the callbacks of the triggers each one lists.
 * Every call throws a {@link com.provisioningportal.portal.gateway.SinchException} when Sinch did not succeed.
 */
@Component
public class ProvisioningWebhooks {

	private static final String WEBHOOKS = SinchCall.PROJECT + "/webhooks";

	private final SinchRequests requests;

	public ProvisioningWebhooks(SinchRequests requests) {
		this.requests = requests;
	}

	public Page<Webhook> listWebhooks(String projectId, PageRequest page) {
		SinchCall call = SinchCall.of("webhooks.list", GET, WEBHOOKS, projectId).page(page);
		return requests.readPage(call, "webhooks", Webhook.class);
	}

	public Webhook getWebhook(String projectId, String webhookId) {
		return requests.read(SinchCall.of("webhooks.get", GET, WEBHOOKS + "/{webhookId}", projectId, webhookId),
				Webhook.class);
	}

	public Webhook createWebhook(String projectId, NewWebhook webhook) {
		return requests.read(SinchCall.of("webhooks.create", POST, WEBHOOKS, projectId).body(webhook), Webhook.class);
	}

	public Webhook updateWebhook(String projectId, String webhookId, WebhookUpdate update) {
		return requests.read(SinchCall.of("webhooks.update", PATCH, WEBHOOKS + "/{webhookId}", projectId, webhookId)
			.body(update), Webhook.class);
	}

	public void deleteWebhook(String projectId, String webhookId) {
		requests.send(SinchCall.of("webhooks.delete", DELETE, WEBHOOKS + "/{webhookId}", projectId, webhookId));
	}

}
