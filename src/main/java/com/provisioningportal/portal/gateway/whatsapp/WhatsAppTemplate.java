package com.provisioningportal.portal.gateway.whatsapp;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A WhatsApp template (one name in one language). Components and analytics stay free-form JSON (maps and lists),
 * as Sinch's component shapes vary by type.
 */
public record WhatsAppTemplate(String whatsappId, String state, String name, String language, String category,
		String rejectionCode, String qualityScore, Changes changes, Details details, List<Map<String, Object>> analytics,
		@JsonProperty("isMetaGenerated") Boolean metaGenerated) {

	public record Changes(String status, Boolean allowCategoryChange, Details details) {

	}

	/**
	 * @param components header, body, footer, buttons, ... as Sinch's JSON objects
	 * @param messageSendTtlSeconds how long Meta tries to deliver, {@code null} for Sinch's default
	 * @param optimization marketing dynamic-pricing settings, {@code null} when absent
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Details(List<Map<String, Object>> components, Integer messageSendTtlSeconds,
			Map<String, Object> optimization) {

	}

}
