package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.callbacks.SinchCallbackReceived;
import com.provisioningportal.portal.callbacks.StatusChanged;
import com.provisioningportal.portal.callbacks.StatusSource;
import com.provisioningportal.portal.callbacks.WatchedResource;
import com.provisioningportal.portal.callbacks.WatchedStatus;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A template's status (one name in one language) as the portal waits on it: its state, and the status of its pending
 * changes when it has some ({@code PENDING/IN_PROGRESS} for a first review, {@code APPROVED/IN_PROGRESS} while an
 * edit of an approved template is reviewed, {@code /DRAFT} for a draft never submitted). Waiting ends once Meta has
 * decided: nothing PENDING and no changes IN_PROGRESS.
 */
@Component
class TemplateStatus implements StatusSource {

	private final WhatsAppTemplates templates;

	private final JsonMapper json;

	TemplateStatus(WhatsAppTemplates templates, JsonMapper json) {
		this.templates = templates;
		this.json = json;
	}

	static String of(WhatsAppTemplate template) {
		return of(template.state(), (template.changes() != null) ? template.changes().status() : null);
	}

	static String of(String state, String changesStatus) {
		String live = (state != null) ? state : "";
		return (changesStatus == null || changesStatus.isBlank()) ? live : live + "/" + changesStatus;
	}

	static boolean isSettled(String status) {
		List<String> parts = List.of(status.split("/"));
		return !status.isEmpty() && !parts.contains("PENDING") && !parts.contains("IN_PROGRESS");
	}

	/** Whether Meta is still reviewing the template, so its page keeps asking. */
	static boolean underReview(WhatsAppTemplate template) {
		return !isSettled(of(template));
	}

	@Override
	public String kind() {
		return WhatsAppCallbacks.TEMPLATE;
	}

	/** @param resourceId {@code name/language}, as callbacks and {@link WatchedResource#template} name it */
	@Override
	public Optional<WatchedStatus> currentStatus(String projectId, String resourceId) {
		int slash = resourceId.lastIndexOf('/');
		try {
			return Optional.of(WatchedStatus.of(of(templates.getTemplate(projectId, resourceId.substring(0, slash),
					resourceId.substring(slash + 1)))));
		}
		catch (SinchApiException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/**
	 * Sinch's template callbacks carry the template, so its state and pending changes are read the same way; a
	 * deleted template is gone whatever state its last copy shows.
	 */
	@Override
	public Optional<WatchedStatus> statusAfter(SinchCallbackReceived callback) {
		if ("WHATSAPP_TEMPLATE_DELETED".equals(callback.type())) {
			return Optional.of(WatchedStatus.of(StatusChanged.GONE));
		}
		JsonNode payload = json.readTree(callback.payloadJson()).path("payload");
		String state = text(payload.path("state"));
		String changes = text(payload.path("changes").path("status"));
		if (state == null && changes == null) {
			return Optional.empty();
		}
		return Optional.of(WatchedStatus.of(of(state, changes)));
	}

	@Override
	public boolean settled(String status) {
		return isSettled(status);
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

}
