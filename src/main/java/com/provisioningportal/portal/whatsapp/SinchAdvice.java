package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures;

/**
 * Sinch's refusals of sender and account changes, each followed by what the person can do next. Sinch's own words
 * and code come first, so support can find them; the sentence after them is the portal's advice.
 */
final class SinchAdvice {

	private static final Map<String, String> NEXT_STEPS = Map.ofEntries(
			Map.entry("sender_not_updatable",
					"Only an active sender's profile can be changed: wait until the sender is Active, then edit it again."),
			Map.entry("sender_changes_not_updatable",
					"Meta is still reviewing the last changes: wait until the review ends (the sender's page updates by itself), then edit again."),
			Map.entry("sender_display_name_update_not_allowed",
					"Meta is still reviewing the last display name: keep the current name for now and change the other fields, or wait for the review."),
			Map.entry("sender_username_update_not_available", "Usernames can only be changed on active senders."),
			Map.entry("sender_changes_not_deletable",
					"Changes under review cannot be discarded: wait until Meta accepts or rejects them."),
			Map.entry("sender_changes_not_found",
					"There are no pending changes to discard any more: reload the page to see the sender as it is now."),
			Map.entry("no_fields_to_update", "Change at least one field before saving."),
			Map.entry("sender_not_found", "Sinch no longer knows this sender: go back to the list of senders."),
			Map.entry("sender_already_deleted",
					"The sender is already deleted; Sinch removes it 30 days after the first deletion. Nothing more to do."),
			Map.entry("not_allowed_register",
					"The number is no longer waiting for verification: reload the page to see its state."),
			Map.entry("not_allowed_verify",
					"The number is no longer waiting for verification: reload the page to see its state."),
			Map.entry("wrong_otp",
					"Enter the 6 digits of the latest SMS or call exactly, or send a new code if it is lost."),
			Map.entry("sender_request_code_failed", "Meta could not send a code just now: try again in a few minutes, or by voice call."),
			Map.entry("sender-register-too-many-requests", "Too many codes were requested: wait a few hours before asking for another."),
			Map.entry("too_many_invalid_verification_codes",
					"Too many wrong codes were entered: wait a few hours, then request a new code."),
			Map.entry("sender-already-registered", "The number is already registered: verify it without a new code, or reload the page."),
			Map.entry("sender-number-not-approved-for-enterprise",
					"Meta has not approved this number for business use: contact Sinch support with the sender id."),
			Map.entry("solution_cannot_be_reassigned",
					"The project is already onboarded with its partner solution, which cannot change: nothing to do here."),
			Map.entry("solution_not_found", "Sinch no longer offers this solution to the project: reload the page."),
			Map.entry("account_not_found",
					"The project has no WhatsApp account yet: connect a WhatsApp number to create one."),
			Map.entry("project_not_initialized",
					"The project has no WhatsApp account yet: connect a WhatsApp number to create one."),
			Map.entry("account_data_is_corrupt", "Sinch cannot read this account: contact Sinch support with the project id."),
			Map.entry("file_not_found", "Sinch could not download the photo: check that its address opens in a browser."),
			Map.entry("file_invalid_mime_type", "Use a JPEG, PNG or WebP photo."),
			Map.entry("file_size_too_large", "Use a photo of at most 5 MB."),
			Map.entry("file_has_wrong_dimensions", "Use a photo between 192×192 and 640×640 pixels."),
			Map.entry("sender_username_not_available", "That username is taken: choose another one."));

	private SinchAdvice() {
	}

	/** What to do next after this refusal; Sinch's own words are shown beside it. */
	static String nextStep(SinchApiException refused) {
		String next = (refused.errorCode() != null) ? NEXT_STEPS.get(refused.errorCode()) : null;
		if (next != null) {
			return next;
		}
		if ("invalid_input".equals(refused.errorCode())
				&& refused.additionalInformation().get("validationErrors") instanceof List<?> errors && !errors.isEmpty()) {
			return "Correct what Sinch did not accept: " + String.join("; ", errors.stream().map(String::valueOf).toList()) + ".";
		}
		return switch (refused.status()) {
			case 401 -> "The project's access key was refused: an administrator should check it on the project's edit page.";
			case 429 -> "Sinch asks to slow down: try again in a minute.";
			case 500, 502, 503, 504 -> "Something failed at Sinch: try again in a few minutes.";
			default -> SinchFailures.CORRECT_AND_RETRY;
		};
	}

}
