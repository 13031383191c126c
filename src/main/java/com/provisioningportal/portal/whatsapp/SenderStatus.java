package com.provisioningportal.portal.whatsapp;

import java.util.Optional;

import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.Sender;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.webhooks.SinchCallbackReceived;
import com.provisioningportal.portal.webhooks.StatusSource;
import com.provisioningportal.portal.webhooks.WatchedResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A sender's status as the portal waits on it: its state, and the status of its pending changes when it has some
 * ({@code ACTIVE/IN_PROGRESS} while a profile edit is under review; {@code /IN_PROGRESS} for a new sender that has
 * no state yet). Waiting ends once nothing is in progress.
 */
@Component
public class SenderStatus implements StatusSource {

	private static final String IN_PROGRESS = "IN_PROGRESS";

	private final ProvisioningGateway gateway;

	private final JsonMapper json;

	SenderStatus(ProvisioningGateway gateway, JsonMapper json) {
		this.gateway = gateway;
		this.json = json;
	}

	/** The status a watch starts from for a sender just read from Sinch. */
	public static String of(Sender sender) {
		return of(sender.state(), (sender.changes() != null) ? sender.changes().status() : null);
	}

	static String of(String state, String changesStatus) {
		String live = (state != null) ? state : "";
		return (changesStatus == null || changesStatus.isBlank()) ? live : live + "/" + changesStatus;
	}

	@Override
	public String kind() {
		return WatchedResource.SENDER;
	}

	@Override
	public Optional<String> currentState(String projectId, String senderId) {
		try {
			return Optional.of(of(gateway.getSender(projectId, senderId)));
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
	public Optional<String> stateAfter(SinchCallbackReceived callback) {
		JsonNode payload = json.readTree(callback.payloadJson()).path("payload");
		String state = text(payload.path("state"));
		String changes = text(payload.path("changes").path("status"));
		if (state == null && changes == null) {
			return Optional.empty();
		}
		return Optional.of(of(state, changes));
	}

	@Override
	public boolean settled(String status) {
		return !status.isEmpty() && !java.util.List.of(status.split("/")).contains(IN_PROGRESS);
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

}
