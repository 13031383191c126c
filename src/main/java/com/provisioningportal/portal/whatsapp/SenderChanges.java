package com.provisioningportal.portal.whatsapp;

import java.util.Map;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.Sender;
import com.provisioningportal.portal.gateway.SinchChanges;

import org.springframework.stereotype.Service;

/** What a person may change on a sender, each change audited with the sender as it was before. */
@Service
class SenderChanges {

	private final ProvisioningGateway gateway;

	private final SinchChanges changes;

	SenderChanges(ProvisioningGateway gateway, SinchChanges changes) {
		this.gateway = gateway;
		this.changes = changes;
	}

	void comment(String projectId, String senderId, String comment) {
		changes.send(entry("WHATSAPP_SENDER_COMMENT", projectId, senderId).request(Map.of("comment", comment)),
				() -> gateway.addSenderComment(projectId, senderId, comment), added -> added);
	}

	void requestCode(String projectId, String senderId, String method) {
		changes.send(entry("WHATSAPP_SENDER_REGISTER", projectId, senderId).request(Map.of("method", method))
			.before(summary(gateway.getSender(projectId, senderId))), () -> gateway.registerSender(projectId, senderId, method),
				registration -> registration);
	}

	void verify(String projectId, String senderId, String code) {
		// The code itself is a one-time secret: the audit log records that one was sent, not its digits.
		changes.send(entry("WHATSAPP_SENDER_VERIFY", projectId, senderId).before(summary(gateway.getSender(projectId, senderId))),
				() -> {
					gateway.verifySender(projectId, senderId, code);
					return gateway.getSender(projectId, senderId);
				}, SenderChanges::summary);
	}

	/** Deletes the sender the person just confirmed, which is also what the audit log keeps as before. */
	void delete(String projectId, Sender sender) {
		changes.send(entry("WHATSAPP_SENDER_DELETE", projectId, sender.id()).before(summary(sender)), () -> {
			gateway.deleteSender(projectId, sender.id());
			return sender.id();
		}, deleted -> Map.of("deleted", deleted));
	}

	private static AuditEntry entry(String action, String projectId, String senderId) {
		return AuditEntry.of(action).project(projectId).resource("whatsapp-sender", senderId);
	}

	/** The sender as the audit log keeps it: never its bearer token. */
	static Map<String, Object> summary(Sender sender) {
		Map<String, Object> summary = new java.util.LinkedHashMap<>();
		summary.put("id", sender.id());
		summary.put("state", sender.state());
		summary.put("displayName", (sender.details() != null) ? sender.details().displayName() : null);
		summary.put("phone", "+" + sender.countryCode() + " " + sender.phoneNumber());
		summary.put("changes", (sender.changes() != null) ? sender.changes().status() : null);
		return summary;
	}

}
