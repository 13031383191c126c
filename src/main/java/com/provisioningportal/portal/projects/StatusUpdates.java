package com.provisioningportal.portal.projects;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.Pages;
import com.provisioningportal.portal.gateway.webhooks.NewWebhook;
import com.provisioningportal.portal.gateway.webhooks.ProvisioningWebhooks;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.gateway.webhooks.WebhookUpdate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "Receive status updates": registers the portal's own callback webhook at Sinch for a project (every trigger,
 * a fresh generated secret kept encrypted), or repairs it when Sinch already has one for the portal's address.
 */
@Service
class StatusUpdates implements CallbackTargets {

	static final List<String> ALL_TRIGGERS = List.of("ALL");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProjectRegistry registry;

	private final ProvisioningWebhooks webhooks;

	private final SinchChanges changes;

	private final String publicUrl;

	StatusUpdates(ProjectRegistry registry, ProvisioningWebhooks webhooks, SinchChanges changes,
			@Value("${portal.public-url}") String publicUrl) {
		this.registry = registry;
		this.webhooks = webhooks;
		this.changes = changes;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Override
	public String callbackTarget(String projectId) {
		return publicUrl + "/callbacks/sinch/" + projectId;
	}

	/** Returns the webhook Sinch now calls. Nothing reaches Sinch unless the attempt is in the audit log first. */
	Webhook enable(String projectId) {
		ProjectSummary project = registry.get(projectId);
		String target = callbackTarget(projectId);
		String secret = generatedSecret();
		return changes.send(AuditEntry.of("PROJECT_STATUS_UPDATES_ENABLE").project(projectId)
			.resource("project", projectId)
			.request(Map.of("target", target, "triggers", ALL_TRIGGERS))
			.before(project), () -> {
				Optional<Webhook> existing = Pages.all(PageRequest.first(), page -> webhooks.listWebhooks(projectId, page))
					.filter(webhook -> target.equals(webhook.target()))
					.findFirst();
				Webhook webhook = existing.isPresent()
						? webhooks.updateWebhook(projectId, existing.get().id(), new WebhookUpdate(null, secret, ALL_TRIGGERS))
						: webhooks.createWebhook(projectId, new NewWebhook(target, secret, ALL_TRIGGERS));
				registry.recordCallbackRegistration(projectId, webhook.id(), secret);
				return webhook;
			}, webhook -> Map.of("webhook", webhook, "project", registry.get(projectId)));
	}

	private static String generatedSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
