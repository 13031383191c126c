package com.provisioningportal.portal.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.projects.UnknownOutcomeCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import org.springframework.stereotype.Component;

/**
 * Whether a webhook change that got no answer was made. A creation: Sinch allows one webhook per target in a project,
 * so a webhook with the requested target is the one that was asked for. A change: the webhook shows the requested
 * target and triggers. Sinch never returns a secret, so a rotation cannot be read back: with a new target or triggers
 * it is taken to have gone with them, and a rotation alone is taken as made whenever the webhook is still there. A
 * deletion: the webhook is gone.
 */
@Component
class WebhookOutcomes implements UnknownOutcomeCheck {

	private static final Set<String> ACTIONS = Set.of("WEBHOOK_CREATE", "WEBHOOK_UPDATE", "WEBHOOK_DELETE");

	private final WebhookLookup lookup;

	WebhookOutcomes(WebhookLookup lookup) {
		this.lookup = lookup;
	}

	@Override
	public boolean handles(String action) {
		return ACTIONS.contains(action);
	}

	@Override
	public Optional<Object> lookUp(UnknownChange change) {
		if (change.projectId() == null) {
			return Optional.empty();
		}
		JsonNode request = (change.request() == null) ? MissingNode.getInstance() : change.request();
		return switch (change.action()) {
			case "WEBHOOK_CREATE" -> created(change.projectId(), request.path("target").asString(null));
			case "WEBHOOK_UPDATE" -> lookup.find(change.projectId(), change.resourceId())
				.filter(webhook -> shows(webhook, request))
				.map(webhook -> WebhookChanges.summary(webhook, request.path("signing").asString(null)));
			default -> lookup.find(change.projectId(), change.resourceId()).isPresent() ? Optional.empty()
					: Optional.of(Map.of("deleted", change.resourceId()));
		};
	}

	private Optional<Object> created(String projectId, String target) {
		if (target == null) {
			return Optional.empty();
		}
		return lookup.all(projectId)
			.stream()
			.filter(webhook -> target.equals(webhook.target()))
			.findFirst()
			.map(webhook -> WebhookChanges.summary(webhook, null));
	}

	private static boolean shows(Webhook webhook, JsonNode request) {
		JsonNode target = request.path("target");
		JsonNode triggers = request.path("triggers");
		return (target.isMissingNode() || target.asString().equals(webhook.target()))
				&& (triggers.isMissingNode() || triggers.valueStream().map(JsonNode::asString).toList().equals(
						(webhook.triggers() != null) ? webhook.triggers() : List.of()));
	}

}
