package com.provisioningportal.portal.sms;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchFailures.Advice;

/** Sinch's refusals of SMS app and bundle changes, as sentences saying what to do next. */
final class SinchRefusals {

	/** What the create forms say when Sinch did not answer. */
	static final String CREATE_UNREACHABLE = SinchFailures.unreachableMaybeDone(
			"the portal cannot tell whether anything was created", "the SMS apps list");

	private SinchRefusals() {
	}

	/** The sentence for a refusal, beside the field it is about when the form has one. */
	static Advice advice(SinchApiException refused) {
		String code = (refused.errorCode() != null) ? refused.errorCode() : "";
		return switch (code) {
			case "conversation_app_already_connected_to_sms_app", "sms_app_is_already_linked_to_conversation_app" ->
				new Advice("conversationAppId",
						"This Conversation app already has an SMS app. Link another one, or leave the field empty to create the SMS app alone.");
			case "conversation_app_not_found" -> new Advice("conversationAppId",
					"Sinch has no Conversation app with this id in this project. Check the id in the Sinch dashboard.");
			case "conversation_app_is_already_in_bundles_process" -> new Advice("conversationAppId",
					"Another bundle is still setting up this Conversation app. Wait until it finishes, then try again.");
			case "webhook_exists" -> Advice.form(
					"The project already has a webhook with one of these addresses. Use another address, or empty that row.");
			case "webhook_limit_reached" -> Advice.form(
					"The project already has as many webhooks as Sinch allows (15). Empty the webhook rows, or delete a webhook first.");
			case "invalid_webhooks" -> Advice.form("Sinch refused the webhooks: " + refused.explanation()
					+ " Correct the webhook rows, then send the form again.");
			case "missing_name" -> new Advice("name", "Enter a name for the SMS app.");
			default -> Advice.form((refused.status() >= 500)
					? "Sinch had a problem and may or may not have created something. Check the SMS apps list before sending the form again."
					: "Sinch refused: " + refused.explanation() + " " + SinchFailures.CORRECT_AND_RETRY);
		};
	}

	/** What to do next after a refused rename or delete. */
	static String nextStep(SinchApiException refused) {
		return (refused.status() >= 500) ? "Something failed at Sinch: try again in a few minutes." : SinchFailures.CORRECT_AND_RETRY;
	}

}
