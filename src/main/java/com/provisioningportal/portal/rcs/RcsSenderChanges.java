package com.provisioningportal.portal.rcs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.gateway.Change;
import com.provisioningportal.portal.gateway.rcs.NewRcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsComment;
import com.provisioningportal.portal.gateway.rcs.RcsCountryStatus;
import com.provisioningportal.portal.gateway.rcs.RcsQuestionnaire;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSenderUpdate;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;
import com.provisioningportal.portal.gateway.rcs.RcsTestNumber;
import com.provisioningportal.portal.projects.SinchChanges;

import org.springframework.stereotype.Service;

/** What a person may change on RCS senders, each change audited before it is sent and with Sinch's answer after. */
@Service
class RcsSenderChanges {

	static final String SENDER = RcsCallbacks.SENDER;

	private final RcsSenders senders;

	private final SinchChanges changes;

	private final StatusWatch statusWatch;

	RcsSenderChanges(RcsSenders senders, SinchChanges changes, StatusWatch statusWatch) {
		this.senders = senders;
		this.changes = changes;
		this.statusWatch = statusWatch;
	}

	/** Sent once: the gateway never repeats a create that may have reached Sinch. */
	RcsSender create(String projectId, NewRcsSender sender) {
		return changes.send(AuditEntry.of("RCS_SENDER_CREATE").project(projectId).resource(SENDER, null).request(sender),
				() -> senders.createSender(projectId, sender), RcsSenderChanges::summary);
	}

	/** Launches the sender the person just confirmed, then waits on Sinch's review and the operators. */
	RcsSender launch(String projectId, RcsSender sender) {
		RcsSender launched = changes.send(AuditEntry.of("RCS_SENDER_LAUNCH").project(projectId).resource(SENDER, sender.id())
			.before(summary(sender)), () -> senders.launchSender(projectId, sender.id()), RcsSenderChanges::summary);
		statusWatch.watch(RcsCallbacks.sender(projectId, launched.id()), launched.state());
		return launched;
	}

	/**
	 * Sends what the person changed of the brand and the countries; the audit log keeps the sender they saw as
	 * before.
	 */
	RcsSender edit(String projectId, RcsSender sender, RcsSenderUpdate update) {
		return changes.send(AuditEntry.of("RCS_SENDER_EDIT").project(projectId).resource(SENDER, sender.id())
			.request(editRequest(update)).before(summary(sender)),
				() -> senders.updateSender(projectId, sender.id(), update), RcsSenderChanges::summary);
	}

	/** Replaces the questionnaire parts given; the audit log keeps the answers the person just saw as before. */
	RcsSender answerQuestionnaire(String projectId, RcsSender sender, RcsQuestionnaire answers) {
		return changes.send(AuditEntry.of("RCS_SENDER_QUESTIONNAIRE").project(projectId).resource(SENDER, sender.id())
			.request(answers).before((sender.details() != null) ? sender.details().questionnaire() : null),
				() -> senders.updateSender(projectId, sender.id(), RcsSenderUpdate.questionnaire(answers)),
				RcsSenderChanges::summary);
	}

	List<RcsTestNumber> addTestNumbers(String projectId, String senderId, List<String> numbers) {
		return changes.send(AuditEntry.of("RCS_TEST_NUMBERS_ADD").project(projectId).resource(SENDER, senderId)
			.request(Map.of("testNumbers", numbers)), () -> senders.addTestNumbers(projectId, senderId, numbers),
				states -> Map.of("testNumberStates", states));
	}

	/** Sends the invitation again to a number that did not accept it. */
	RcsTestNumber reinviteTestNumber(String projectId, String senderId, String number) {
		return changes.send(AuditEntry.of("RCS_TEST_NUMBER_REINVITE").project(projectId).resource(SENDER, senderId)
			.request(Map.of("testNumber", number)), () -> senders.retryTestNumber(projectId, senderId, number),
				state -> Map.of("testNumber", state.number(), "state", state.state()));
	}

	void removeTestNumber(String projectId, String senderId, String number) {
		changes.send(AuditEntry.of("RCS_TEST_NUMBER_REMOVE").project(projectId).resource(SENDER, senderId)
			.request(Map.of("testNumber", number)), () -> {
				senders.deleteTestNumber(projectId, senderId, number);
				return number;
			}, removed -> Map.of("removed", removed));
	}

	RcsComment comment(String projectId, String senderId, String comment) {
		return changes.send(AuditEntry.of("RCS_SENDER_COMMENT").project(projectId).resource(SENDER, senderId)
			.request(Map.of("comment", comment)), () -> senders.addSenderComment(projectId, senderId, comment),
				added -> Map.of("comment", added.comment()));
	}

	/** What the audit log keeps of a sender: who it is, its state and where it launches, not the whole brand. */
	static Map<String, Object> summary(RcsSender sender) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", sender.id());
		summary.put("brandName", (sender.details() != null && sender.details().brand() != null)
				? sender.details().brand().name() : null);
		summary.put("state", sender.state());
		summary.put("region", sender.region());
		summary.put("billingCategory", sender.billingCategory());
		summary.put("useCase", sender.useCase());
		summary.put("countries", (sender.details() != null) ? sender.details().countries() : null);
		summary.put("countryStatus", (sender.countryStatus() != null)
				? sender.countryStatus().stream().map(RcsSenderChanges::countrySummary).toList() : List.of());
		return summary;
	}

	/** What the audit log keeps of an edit: each brand field's new value (null: cleared) and the countries. */
	private static Map<String, Object> editRequest(RcsSenderUpdate update) {
		Map<String, Object> brand = new LinkedHashMap<>();
		update.brand().forEach((field, change) -> brand.put(field, (change instanceof Change.SetTo<?> set) ? set.value() : null));
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("brand", brand);
		request.put("countries", update.countries());
		return request;
	}

	private static Map<String, Object> countrySummary(RcsCountryStatus country) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("country", country.country());
		summary.put("status", country.status());
		return summary;
	}

}
