package com.provisioningportal.portal.webhooks;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.Pages;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.webhooks.ProvisioningWebhooks;
import com.provisioningportal.portal.gateway.webhooks.Webhook;

import org.springframework.stereotype.Service;

/** A project's provisioning webhooks as Sinch has them now; reads may throw a {@code SinchException}. */
@Service
class WebhookLookup {

	private final ProvisioningWebhooks webhooks;

	WebhookLookup(ProvisioningWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	/** Every webhook of the project: Sinch answers them (at most 15) at once, and should it ever page, this follows. */
	List<Webhook> all(String projectId) {
		return Pages.all(PageRequest.first(), page -> webhooks.listWebhooks(projectId, page)).toList();
	}

	/** The webhook, or empty when Sinch has none with this id. */
	Optional<Webhook> find(String projectId, String webhookId) {
		try {
			return Optional.of(webhooks.getWebhook(projectId, webhookId));
		}
		catch (SinchApiException ex) {
			if (ex.status() == 404 || ex.hasErrorCode("invalid_id_format")) {
				return Optional.empty();
			}
			throw ex;
		}
	}

}
