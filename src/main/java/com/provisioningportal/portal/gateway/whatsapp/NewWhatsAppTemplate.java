package com.provisioningportal.portal.gateway.whatsapp;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;

/**
 * Body of a template create.
 *
 * @param submit {@code true} submits to Meta at once ({@code status: SUBMIT}, Sinch's default); {@code false}
 * stores a draft
 * @param saveDraftOnFailure keep a draft if submitting fails; {@code null} for Sinch's default (false)
 * @param allowCategoryChange let Meta re-categorise instead of rejecting; {@code null} for Sinch's default (false)
 */
public record NewWhatsAppTemplate(String name, String language, String category, boolean submit, Boolean saveDraftOnFailure,
		Boolean allowCategoryChange, WhatsAppTemplate.Details details) {

}
