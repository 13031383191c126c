package com.provisioningportal.portal.whatsapp;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures.Advice;

/**
 * Sinch's refusals of template changes as sentences that say what to do next, with the form field they belong to
 * ({@code null}: the whole form). Sinch's own message and resolution are shown beside them.
 */
final class TemplateErrors {

	private TemplateErrors() {
	}

	/** What to do next after a refused delete, which has no field to stand beside. */
	static String nextStep(SinchApiException ex) {
		return advice(ex, null).sentence();
	}

	static Advice advice(SinchApiException ex, String category) {
		String code = (ex.errorCode() != null) ? ex.errorCode() : "";
		return switch (code) {
			case "template_exists" -> new Advice("name",
					"A template with this name exists in this language already: edit it, or choose another name or language.");
			case "template_name_recently_used" -> new Advice("name",
					"A template of this name was deleted less than 30 days ago, so Meta does not take the name yet: choose another name.");
			case "template_language_recently_deleted" -> new Advice("language",
					"This name was deleted in this language less than four weeks ago: choose another language or another name.");
			case "template_invalid_language_code" -> new Advice("language", "Sinch does not know this language: choose one from the list.");
			case "template_incorrect_category" -> new Advice("category",
					"The other languages of this name are in another category: every language of a template must use the same one.");
			case "template_category_not_updatable", "template_allow_category_change_not_updatable" -> new Advice("category",
					"Only a draft, or a template Meta rejected for its category, can change category: keep "
							+ ((category != null) ? category.toLowerCase(java.util.Locale.ROOT) : "the current one") + ".");
			case "template_restricted_Domain_for_button_url" -> new Advice("buttons",
					"Meta does not allow the address of one of the link buttons: use a link on your own domain.");
			case "template_invalid_button_example" -> new Advice("buttons",
					"Meta did not accept a link button's example: give a complete value for its {{1}}.");
			case "template_not_updatable" -> new Advice(null,
					"This template cannot change now: Meta is still reviewing it, or Meta generated it. Wait for Meta's decision, then try again.");
			case "template_changes_not_updatable" -> new Advice(null,
					"Changes already sent for review cannot be edited: wait for Meta's decision, then edit again.");
			case "resource_locked" -> new Advice(null, "Another change to this template is under way at Sinch: try again in a moment.");
			case "template_not_deletable_due_to_input_config" -> new Advice(null,
					"This template is submitted to Meta, so only deleting the whole language removes it.");
			case "template_changes_not_found" -> new Advice(null, "This template has no pending changes to discard.");
			case "template_not_found" -> new Advice(null, "Sinch no longer has this template: it may have been deleted meanwhile.");
			case "template_limit_reached" -> new Advice(null,
					"The WhatsApp account has as many templates as Meta allows: delete templates no longer used first.");
			case "template_content_already_exists" -> new Advice("bodyText",
					"Another template in this language has the same text: reuse it, or change the wording.");
			case "template_policies_violations" -> new Advice("bodyText",
					"Meta's policies refuse this content: change the wording as Sinch explains above.");
			case "whatsapp_business_api_request_limit_exceeded" -> new Advice(null,
					"Meta is limiting requests for this account: wait a minute, then send the form again.");
			case "project_not_initialized" -> new Advice(null,
					"The project has no WhatsApp account yet: connect one before adding templates.");
			default -> new Advice(null, (ex.status() >= 500)
					? "Sinch could not do this just now: try again in a moment."
					: "Sinch refused the template: change it as Sinch explains above, then send it again.");
		};
	}

}
