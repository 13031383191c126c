package com.provisioningportal.portal.whatsapp;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures.Advice;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

/**
 * Sinch's refusals of template changes as sentences that say what to do next, with the form field they belong to
 * ({@code null}: the whole form). Sinch's own message and resolution are shown beside them.
 */
final class TemplateErrors {

	private TemplateErrors() {
	}

	/** What to do next after a refused delete, which has no field to stand beside. */
	static MessageSourceResolvable nextStep(SinchApiException ex) {
		return advice(ex, null).sentence();
	}

	static Advice advice(SinchApiException ex, String category) {
		String code = (ex.errorCode() != null) ? ex.errorCode() : "";
		return switch (code) {
			case "template_exists" -> new Advice("name", Messages.of("whatsapp.template.refused.exists"));
			case "template_name_recently_used" -> new Advice("name",
					Messages.of("whatsapp.template.refused.name-recently-used"));
			case "template_language_recently_deleted" -> new Advice("language",
					Messages.of("whatsapp.template.refused.language-recently-deleted"));
			case "template_invalid_language_code" -> new Advice("language",
					Messages.of("whatsapp.template.refused.invalid-language-code"));
			case "template_incorrect_category" -> new Advice("category",
					Messages.of("whatsapp.template.refused.incorrect-category"));
			case "template_category_not_updatable", "template_allow_category_change_not_updatable" -> new Advice("category",
					Messages.of("whatsapp.template.refused.category-not-updatable", (category != null)
							? category.toLowerCase(java.util.Locale.ROOT) : Messages.of("whatsapp.template.category.current")));
			case "template_restricted_Domain_for_button_url" -> new Advice("buttons",
					Messages.of("whatsapp.template.refused.restricted-domain-for-button-url"));
			case "template_invalid_button_example" -> new Advice("buttons",
					Messages.of("whatsapp.template.refused.invalid-button-example"));
			case "template_not_updatable" -> new Advice(null, Messages.of("whatsapp.template.refused.not-updatable"));
			case "template_changes_not_updatable" -> new Advice(null,
					Messages.of("whatsapp.template.refused.changes-not-updatable"));
			case "resource_locked" -> new Advice(null, Messages.of("whatsapp.template.refused.resource-locked"));
			case "template_not_deletable_due_to_input_config" -> new Advice(null,
					Messages.of("whatsapp.template.refused.not-deletable-due-to-input-config"));
			case "template_changes_not_found" -> new Advice(null,
					Messages.of("whatsapp.template.refused.changes-not-found"));
			case "template_not_found" -> new Advice(null, Messages.of("whatsapp.template.refused.not-found"));
			case "template_limit_reached" -> new Advice(null, Messages.of("whatsapp.template.refused.limit-reached"));
			case "template_content_already_exists" -> new Advice("bodyText",
					Messages.of("whatsapp.template.refused.content-already-exists"));
			case "template_policies_violations" -> new Advice("bodyText",
					Messages.of("whatsapp.template.refused.policies-violations"));
			case "whatsapp_business_api_request_limit_exceeded" -> new Advice(null,
					Messages.of("whatsapp.template.refused.whatsapp-business-api-request-limit-exceeded"));
			case "project_not_initialized" -> new Advice(null,
					Messages.of("whatsapp.template.refused.project-not-initialized"));
			default -> new Advice(null, (ex.status() >= 500) ? Messages.of("whatsapp.template.refused.server-error")
					: Messages.of("whatsapp.template.refused"));
		};
	}

}
