package com.provisioningportal.portal.webhooks;

import java.util.List;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchFailures.Advice;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

/** Sinch's refusals of webhook changes as sentences saying what to do next, beside the fields they name. */
final class WebhookRefusals {

	private WebhookRefusals() {
	}

	/** {@code consequence}: what the refusal meant for the form, e.g. "nothing was created". */
	static List<Advice> advice(SinchApiException refusal, MessageSourceResolvable consequence) {
		if (refusal.hasErrorCode("webhook_exists")) {
			return List.of(new Advice("target", Messages.of("webhook.refused.exists")));
		}
		if (refusal.hasErrorCode("webhook_limit_reached")) {
			return List.of(new Advice("target", Messages.of("webhook.refused.limit", WebhookController.LIMIT)));
		}
		if (refusal.additionalInformation().get("validationErrors") instanceof List<?> errors && !errors.isEmpty()) {
			// Sinch's "target must be a URL address" and the like, next to the field each names.
			return errors.stream().map(String::valueOf).map(text -> new Advice(fieldNamed(text),
					Messages.of("webhook.refused.invalid", text))).toList();
		}
		return List.of(Advice.form(Messages.of("webhook.refused", consequence, refusal.explanation(),
				SinchFailures.CORRECT_AND_RETRY)));
	}

	/** What to do next after a refused delete or a webhook that could not be read. */
	static MessageSourceResolvable nextStep(SinchApiException refusal) {
		return (refusal.status() >= 500) ? Messages.of("sinch.failed.try-later")
				: SinchFailures.CORRECT_AND_RETRY;
	}

	private static String fieldNamed(String text) {
		return text.contains("target") ? "target" : text.contains("triggers") ? "triggers"
				: text.contains("secret") ? "secret" : null;
	}

}
