package com.provisioningportal.portal.whatsapp;

import java.util.LinkedHashMap;
import java.util.Map;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderRegistration;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import com.provisioningportal.portal.projects.SinchChanges;

import org.springframework.stereotype.Service;

/** What a person may change on a sender, each change audited with the sender as it was before. */
@Service
class SenderChanges {

	private final WhatsAppSenders senders;

	private final SinchChanges changes;

	private final StatusWatch statusWatch;

	SenderChanges(WhatsAppSenders senders, SinchChanges changes, StatusWatch statusWatch) {
		this.senders = senders;
		this.changes = changes;
		this.statusWatch = statusWatch;
	}

	void comment(String projectId, String senderId, String comment) {
		changes.send(entry("WHATSAPP_SENDER_COMMENT", projectId, senderId).request(Map.of("comment", comment)),
				() -> senders.addSenderComment(projectId, senderId, comment), added -> added);
	}

	/** Asks Sinch to send a code; its answer says when Meta has verified the number already and none is needed. */
	WhatsAppSenderRegistration requestCode(String projectId, String senderId, String method) {
		return changes.send(entry("WHATSAPP_SENDER_REGISTER", projectId, senderId).request(Map.of("method", method))
			.before(summary(senders.getSender(projectId, senderId))), () -> senders.registerSender(projectId, senderId, method),
				registration -> registration);
	}

	/**
	 * Sends the code, or no code ({@code null}) for a number Meta has verified already; Sinch then sets the number
	 * up, and the portal waits on it until it is active.
	 */
	WhatsAppSender verify(String projectId, String senderId, String code) {
		// The code itself is a one-time secret: the audit log records that one was sent, not its digits.
		WhatsAppSender verified = changes.send(
				entry("WHATSAPP_SENDER_VERIFY", projectId, senderId).before(summary(senders.getSender(projectId, senderId))),
				() -> {
					senders.verifySender(projectId, senderId, code);
					return senders.getSender(projectId, senderId);
				}, SenderChanges::summary);
		waitOn(projectId, verified);
		return verified;
	}

	/**
	 * Sends only the changed profile fields of the sender the person edited (read again just before, so the audit
	 * log's before is what Sinch had); submitted changes are then waited on until Meta decides.
	 */
	WhatsAppSender editProfile(String projectId, WhatsAppSender current, ProfileEdit edit) {
		Map<String, Object> request = new LinkedHashMap<>(edit.changed());
		request.put("status", edit.submit() ? "SUBMIT" : "DRAFT");
		Map<String, Object> before = summary(current);
		Map<String, String> profile = ProfileForm.profile(current);
		Map<String, Object> previous = new LinkedHashMap<>();
		edit.changed().keySet().forEach(field -> previous.put(field, profile.get(field)));
		before.put("profile", previous);
		WhatsAppSender updated = changes.send(entry("WHATSAPP_SENDER_EDIT", projectId, current.id()).request(request).before(before),
				() -> senders.updateSender(projectId, current.id(), edit.toUpdate()), SenderChanges::summary);
		waitOn(projectId, updated);
		return updated;
	}

	/** Throws away the sender's draft, rejected or failed changes. */
	void discardChanges(String projectId, WhatsAppSender current) {
		changes.send(entry("WHATSAPP_SENDER_DISCARD_CHANGES", projectId, current.id()).before(summary(current)), () -> {
			senders.discardSenderChanges(projectId, current.id());
			return senders.getSender(projectId, current.id());
		}, SenderChanges::summary);
	}

	/** Waits on the sender when Sinch or Meta still have something to do with it, so its news is never missed. */
	private void waitOn(String projectId, WhatsAppSender sender) {
		String status = SenderStatus.of(sender);
		if (!SenderStatus.isSettled(status)) {
			statusWatch.watch(WhatsAppCallbacks.sender(projectId, sender.id()), status);
		}
	}

	/** Deletes the sender the person just confirmed, which is also what the audit log keeps as before. */
	void delete(String projectId, WhatsAppSender sender) {
		changes.send(entry("WHATSAPP_SENDER_DELETE", projectId, sender.id()).before(summary(sender)), () -> {
			senders.deleteSender(projectId, sender.id());
			return sender.id();
		}, deleted -> Map.of("deleted", deleted));
	}

	private static AuditEntry entry(String action, String projectId, String senderId) {
		return AuditEntry.of(action).project(projectId).resource("whatsapp-sender", senderId);
	}

	/** The sender as the audit log keeps it: never its bearer token. */
	static Map<String, Object> summary(WhatsAppSender sender) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", sender.id());
		summary.put("state", sender.state());
		summary.put("displayName", (sender.details() != null) ? sender.details().displayName() : null);
		summary.put("phone", "+" + sender.countryCode() + " " + sender.phoneNumber());
		summary.put("changes", (sender.changes() != null) ? sender.changes().status() : null);
		if (sender.changes() != null && sender.changes().details() != null) {
			summary.put("pendingProfile", pendingFields(sender.changes().details()));
		}
		String review = SenderStatus.displayNameReview(sender);
		if (review != null) {
			summary.put("displayNameReview", review + " " + sender.metadata().displayName().value());
		}
		return summary;
	}

	private static Map<String, String> pendingFields(WhatsAppSender.Details pending) {
		Map<String, String> fields = new LinkedHashMap<>();
		ProfileForm.fieldsOf(pending).forEach((name, value) -> {
			if (value != null) {
				fields.put(name, value);
			}
		});
		return fields;
	}

}
