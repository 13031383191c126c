package com.provisioningportal.portal.sms;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchFailures.Advice;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

/** Sinch's refusals of SMS app and bundle changes, as sentences saying what to do next. */
final class SinchRefusals {

	/** What the create forms say when Sinch did not answer. */
	static final MessageSourceResolvable CREATE_UNREACHABLE = SinchFailures.unreachableMaybeDone(
			Messages.of("sms.unreachable.maybe-created"), Messages.of("sms.unreachable.where-to-look"));

	private SinchRefusals() {
	}

	/** The sentence for a refusal, beside the field it is about when the form has one. */
	static Advice advice(SinchApiException refused) {
		String code = (refused.errorCode() != null) ? refused.errorCode() : "";
		return switch (code) {
			case "conversation_app_already_connected_to_sms_app", "sms_app_is_already_linked_to_conversation_app" ->
				new Advice("conversationAppId", Messages.of("sms.refused.conversation-app-linked"));
			case "conversation_app_not_found" -> new Advice("conversationAppId",
					Messages.of("sms.refused.conversation-app-not-found"));
			case "conversation_app_is_already_in_bundles_process" -> new Advice("conversationAppId",
					Messages.of("sms.refused.conversation-app-in-bundle"));
			case "webhook_exists" -> Advice.form(Messages.of("sms.refused.webhook-exists"));
			case "webhook_limit_reached" -> Advice.form(Messages.of("sms.refused.webhook-limit"));
			case "invalid_webhooks" -> Advice.form(Messages.of("sms.refused.invalid-webhooks", refused.explanation()));
			case "missing_name" -> new Advice("name", Messages.of("sms.app.name.required"));
			default -> Advice.form((refused.status() >= 500)
					? Messages.of("sms.refused.server-error")
					: Messages.of("sinch.refused", refused.explanation(), SinchFailures.CORRECT_AND_RETRY));
		};
	}

	/** What to do next after a refused rename or delete. */
	static MessageSourceResolvable nextStep(SinchApiException refused) {
		return (refused.status() >= 500) ? Messages.of("sinch.failed.try-later") : SinchFailures.CORRECT_AND_RETRY;
	}

}
