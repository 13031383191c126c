package com.provisioningportal.portal.whatsapp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.Pages;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppActivity;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import com.provisioningportal.portal.projects.UnknownOutcomeCheck;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Whether a change to a sender or the WhatsApp account that got no answer was made. A profile edit: the sender's
 * profile (pending changes included) shows each requested field. Discarded changes: the sender has none. A deletion:
 * the sender is gone. A comment: the activity shows it since the attempt (Sinch's times are whole seconds from its own
 * clock, so a minute's leeway is given). A solution: it is assigned. A code request and a verification leave no trace
 * that tells them from what was there before, so they are not looked up and stay UNKNOWN.
 */
@Component
class SenderOutcomes implements UnknownOutcomeCheck {

	private static final Duration LEEWAY = Duration.ofMinutes(1);

	private static final Set<String> ACTIONS = Set.of("WHATSAPP_SENDER_EDIT", "WHATSAPP_SENDER_DISCARD_CHANGES",
			"WHATSAPP_SENDER_DELETE", "WHATSAPP_SENDER_COMMENT", "WHATSAPP_ACCOUNT_COMMENT", "WHATSAPP_SOLUTION_ASSIGN");

	private final WhatsAppSenders senders;

	private final WhatsAppAccounts accounts;

	private final SenderLookup lookup;

	SenderOutcomes(WhatsAppSenders senders, WhatsAppAccounts accounts, SenderLookup lookup) {
		this.senders = senders;
		this.accounts = accounts;
		this.lookup = lookup;
	}

	@Override
	public boolean handles(String action) {
		return ACTIONS.contains(action);
	}

	@Override
	public Optional<Object> lookUp(UnknownChange change) {
		String projectId = change.projectId();
		String id = change.resourceId();
		if (projectId == null || id == null) {
			return Optional.empty();
		}
		return switch (change.action()) {
			case "WHATSAPP_SENDER_EDIT" -> lookup.find(projectId, id)
				.filter(sender -> shows(sender, change.request()))
				.map(SenderChanges::summary);
			case "WHATSAPP_SENDER_DISCARD_CHANGES" -> lookup.find(projectId, id)
				.filter(sender -> sender.changes() == null)
				.map(SenderChanges::summary);
			case "WHATSAPP_SENDER_DELETE" -> lookup.find(projectId, id).isPresent() ? Optional.empty()
					: Optional.of(Map.of("deleted", id));
			case "WHATSAPP_SENDER_COMMENT" -> commented(change,
					Pages.all(PageRequest.first(), page -> senders.senderActivities(projectId, id, page)));
			case "WHATSAPP_ACCOUNT_COMMENT" -> commented(change,
					Pages.all(PageRequest.first(), page -> accounts.accountActivities(projectId, page)));
			default -> accounts.listSolutions(projectId)
				.stream()
				.anyMatch(solution -> id.equals(solution.id()) && Boolean.TRUE.equals(solution.assigned()))
						? Optional.of(Map.of("assigned", id)) : Optional.empty();
		};
	}

	private static boolean shows(WhatsAppSender sender, JsonNode request) {
		if (request == null) {
			return false;
		}
		Map<String, String> profile = ProfileForm.profile(sender);
		return request.propertyStream()
			.filter(field -> !"status".equals(field.getKey()))
			.allMatch(field -> Objects.equals(field.getValue().isNull() ? null : field.getValue().asString(),
					profile.get(field.getKey())));
	}

	private static Optional<Object> commented(UnknownChange change, Stream<WhatsAppActivity> activities) {
		String comment = (change.request() == null) ? null : change.request().path("comment").asString(null);
		Instant since = change.sentAt().minus(LEEWAY);
		return activities
			.filter(activity -> "COMMENT_ADDED".equals(activity.type()) && comment != null && comment.equals(activity.comment()))
			.filter(activity -> activity.created() == null || !activity.created().isBefore(since))
			.findFirst()
			.map(activity -> Map.of("comment", comment));
	}

}
