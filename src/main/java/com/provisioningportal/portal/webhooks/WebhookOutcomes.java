package com.provisioningportal.portal.webhooks;

import java.util.Optional;

import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.Pages;
import com.provisioningportal.portal.gateway.webhooks.ProvisioningWebhooks;
import com.provisioningportal.portal.projects.UnknownOutcomeCheck;

import org.springframework.stereotype.Component;

/**
 * Whether a webhook whose creation got no answer was made: Sinch allows one webhook per target in a project, so a
 * webhook with the requested target is the one that was asked for.
 */
@Component
class WebhookOutcomes implements UnknownOutcomeCheck {

	private final ProvisioningWebhooks webhooks;

	WebhookOutcomes(ProvisioningWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@Override
	public boolean handles(String action) {
		return "WEBHOOK_CREATE".equals(action);
	}

	@Override
	public Optional<Object> lookUp(UnknownChange change) {
		String target = (change.request() == null) ? null : change.request().path("target").asString(null);
		if (target == null || change.projectId() == null) {
			return Optional.empty();
		}
		return Pages.all(PageRequest.first(), page -> webhooks.listWebhooks(change.projectId(), page))
			.filter(webhook -> target.equals(webhook.target()))
			.findFirst()
			.map(webhook -> WebhookChanges.summary(webhook, null));
	}

}
