package com.provisioningportal.portal.sms;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/** Sinch's refusals of SMS app and bundle changes, as sentences saying what to do next. */
final class SinchRefusals {

	private SinchRefusals() {
	}

	/** Puts a sentence for a refusal next to the field it is about, or at the top of the form. */
	static void rejectIn(BindingResult result, SinchException ex) {
		if (!(ex instanceof SinchApiException refused)) {
			result.reject("unreachable", "Sinch could not be reached, so the portal cannot tell whether anything was created. "
					+ "Check the SMS apps list before sending the form again.");
			return;
		}
		String code = (refused.errorCode() != null) ? refused.errorCode() : "";
		switch (code) {
			case "conversation_app_already_connected_to_sms_app", "sms_app_is_already_linked_to_conversation_app" ->
				rejectField(result, "conversationAppId", "linked",
						"This Conversation app already has an SMS app. Link another one, or leave the field empty to create the SMS app alone.");
			case "conversation_app_not_found" -> rejectField(result, "conversationAppId", "unknown",
					"Sinch has no Conversation app with this id in this project. Check the id in the Sinch dashboard.");
			case "conversation_app_is_already_in_bundles_process" -> rejectField(result, "conversationAppId", "busy",
					"Another bundle is still setting up this Conversation app. Wait until it finishes, then try again.");
			case "webhook_exists" -> result.reject("webhook_exists",
					"The project already has a webhook with one of these addresses. Use another address, or empty that row.");
			case "webhook_limit_reached" -> result.reject("webhook_limit_reached",
					"The project already has as many webhooks as Sinch allows (15). Empty the webhook rows, or delete a webhook first.");
			case "invalid_webhooks" -> result.reject("invalid_webhooks", "Sinch refused the webhooks: " + refused.explanation());
			case "missing_name" -> rejectField(result, "name", "missing", "Enter a name for the SMS app.");
			default -> result.reject("refused", (refused.status() >= 500)
					? "Sinch had a problem and may or may not have created something. Check the SMS apps list before sending the form again."
					: "Sinch refused: " + refused.explanation());
		}
	}

	/** Beside the field when the form has one, else at the top: the same code can answer several forms. */
	private static void rejectField(BindingResult result, String field, String code, String message) {
		if (result.getTarget() != null && new BeanWrapperImpl(result.getTarget()).isReadableProperty(field)) {
			result.rejectValue(field, code, message);
		}
		else {
			result.reject(code, message);
		}
	}

	/** Whether Sinch certainly made nothing, so the same form may be sent again. */
	static boolean nothingCreated(SinchException ex) {
		return ex instanceof SinchApiException refused && refused.status() >= 400 && refused.status() < 500;
	}

	/** The flash message of a refused rename or delete. */
	static String explain(SinchException ex) {
		return (ex instanceof SinchApiException refused) ? "Sinch refused: " + refused.explanation()
				: "Sinch could not be reached, so nothing changed. Try again in a moment.";
	}

}
