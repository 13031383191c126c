package com.provisioningportal.portal.gateway.whatsapp;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.Change;

/**
 * A template PATCH. {@code null} fields are left out; {@code optimization} is a {@link Change} because Sinch clears
 * it on an explicit {@code null}.
 *
 * @param submit {@code true} for {@code status: SUBMIT}, {@code false} for {@code DRAFT}, {@code null} to leave it out
 */
public record WhatsAppTemplateUpdate(Boolean submit, String category, Boolean allowCategoryChange, Boolean saveDraftOnFailure,
		List<Map<String, Object>> components, Integer messageSendTtlSeconds, Change<Map<String, Object>> optimization) {

	public WhatsAppTemplateUpdate {
		optimization = (optimization != null) ? optimization : Change.keep();
	}

	public static WhatsAppTemplateUpdate components(List<Map<String, Object>> components, boolean submit) {
		return new WhatsAppTemplateUpdate(submit, null, null, null, components, null, Change.keep());
	}

}
