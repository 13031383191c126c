package com.provisioningportal.portal.webhooks;

import java.util.List;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchFailures.Advice;

/** Sinch's refusals of webhook changes as sentences saying what to do next, beside the fields they name. */
final class WebhookRefusals {

	private WebhookRefusals() {
	}

	/** {@code consequence}: what the refusal meant for the form, e.g. "nothing was created". */
	static List<Advice> advice(SinchApiException refusal, String consequence) {
		if (refusal.hasErrorCode("webhook_exists")) {
			return List.of(new Advice("target", "Sinch already has a webhook for this address in this project. "
					+ "Change that webhook instead, or use another address. (webhook_exists)"));
		}
		if (refusal.hasErrorCode("webhook_limit_reached")) {
			return List.of(new Advice("target", "This project already has " + WebhookController.LIMIT
					+ " webhooks, Sinch's limit. Delete one it no longer needs, then add this one. (webhook_limit_reached)"));
		}
		if (refusal.additionalInformation().get("validationErrors") instanceof List<?> errors && !errors.isEmpty()) {
			// Sinch's "target must be a URL address" and the like, next to the field each names.
			return errors.stream().map(String::valueOf).map(text -> new Advice(fieldNamed(text),
					"Sinch says: " + text + ". Correct it, then send the form again.")).toList();
		}
		return List.of(Advice.form("Sinch refused, so " + consequence + ": " + refusal.explanation() + " "
				+ SinchFailures.CORRECT_AND_RETRY));
	}

	/** What to do next after a refused delete or a webhook that could not be read. */
	static String nextStep(SinchApiException refusal) {
		return (refusal.status() >= 500) ? "Something failed at Sinch: try again in a few minutes."
				: SinchFailures.CORRECT_AND_RETRY;
	}

	private static String fieldNamed(String text) {
		return text.contains("target") ? "target" : text.contains("triggers") ? "triggers"
				: text.contains("secret") ? "secret" : null;
	}

}
