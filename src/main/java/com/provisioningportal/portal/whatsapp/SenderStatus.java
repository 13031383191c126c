package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.callbacks.SinchCallbackReceived;
import com.provisioningportal.portal.callbacks.StatusSource;
import com.provisioningportal.portal.callbacks.WatchedStatus;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A sender's status as the portal waits on it: its state, and the status of its pending changes when it has some
 * ({@code ACTIVE/IN_PROGRESS} while a profile edit is under review; {@code /IN_PROGRESS} for a new sender that has
 * no state yet), then {@code /DISPLAY_NAME_PENDING} while Meta reviews a new display name (Sinch tracks that review
 * apart from the other changes). Waiting ends once nothing is in progress.
 */
@Component
public class SenderStatus implements StatusSource {

	private static final String IN_PROGRESS = "IN_PROGRESS";

	static final String DISPLAY_NAME_PENDING = "DISPLAY_NAME_PENDING";

	private final WhatsAppSenders senders;

	private final JsonMapper json;

	SenderStatus(WhatsAppSenders senders, JsonMapper json) {
		this.senders = senders;
		this.json = json;
	}

	/** The status a watch starts from for a sender just read from Sinch. */
	public static String of(WhatsAppSender sender) {
		return of(sender.state(), (sender.changes() != null) ? sender.changes().status() : null,
				displayNameReview(sender));
	}

	static String of(String state, String changesStatus) {
		String live = (state != null) ? state : "";
		return (changesStatus == null || changesStatus.isBlank()) ? live : live + "/" + changesStatus;
	}

	static String of(String state, String changesStatus, String displayNameReview) {
		String status = of(state, changesStatus);
		return "PENDING".equals(displayNameReview) ? status + "/" + DISPLAY_NAME_PENDING : status;
	}

	/** The status of Meta's review of a new display name, if one was asked for. */
	static String displayNameReview(WhatsAppSender sender) {
		return (sender.metadata() != null && sender.metadata().displayName() != null)
				? sender.metadata().displayName().status() : null;
	}

	@Override
	public String kind() {
		return WhatsAppCallbacks.SENDER;
	}

	@Override
	public Optional<WatchedStatus> currentStatus(String projectId, String senderId) {
		try {
			return Optional.of(WatchedStatus.of(of(senders.getSender(projectId, senderId))));
		}
		catch (SinchApiException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** Sinch's sender callbacks carry the sender, so its state and pending changes are read the same way. */
	@Override
	public Optional<WatchedStatus> statusAfter(SinchCallbackReceived callback) {
		JsonNode payload = json.readTree(callback.payloadJson()).path("payload");
		String state = text(payload.path("state"));
		String changes = text(payload.path("changes").path("status"));
		if (state == null && changes == null) {
			return Optional.empty();
		}
		String displayName = text(payload.path("metadata").path("displayName").path("status"));
		return Optional.of(WatchedStatus.of(of(state, changes, displayName)));
	}

	@Override
	public boolean settled(String status) {
		return isSettled(status);
	}

	static boolean isSettled(String status) {
		List<String> parts = List.of(status.split("/"));
		return !status.isEmpty() && !parts.contains(IN_PROGRESS) && !parts.contains(DISPLAY_NAME_PENDING);
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

}
