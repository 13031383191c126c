package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

/**
 * Sinch's refusals of sender and account changes, each followed by what the person can do next. Sinch's own words
 * and code come first, so support can find them; the sentence after them is the portal's advice.
 */
final class SinchAdvice {

	private static final Map<String, MessageSourceResolvable> NEXT_STEPS = Map.ofEntries(
			Map.entry("sender_not_updatable", Messages.of("whatsapp.refused.sender-not-updatable")),
			Map.entry("sender_changes_not_updatable", Messages.of("whatsapp.refused.sender-changes-not-updatable")),
			Map.entry("sender_display_name_update_not_allowed",
					Messages.of("whatsapp.refused.sender-display-name-update-not-allowed")),
			Map.entry("sender_username_update_not_available",
					Messages.of("whatsapp.refused.sender-username-update-not-available")),
			Map.entry("sender_changes_not_deletable", Messages.of("whatsapp.refused.sender-changes-not-deletable")),
			Map.entry("sender_changes_not_found", Messages.of("whatsapp.refused.sender-changes-not-found")),
			Map.entry("no_fields_to_update", Messages.of("whatsapp.refused.no-fields-to-update")),
			Map.entry("sender_not_found", Messages.of("whatsapp.refused.sender-not-found")),
			Map.entry("sender_already_deleted", Messages.of("whatsapp.refused.sender-already-deleted")),
			Map.entry("not_allowed_register", Messages.of("whatsapp.refused.not-waiting-for-verification")),
			Map.entry("not_allowed_verify", Messages.of("whatsapp.refused.not-waiting-for-verification")),
			Map.entry("wrong_otp", Messages.of("whatsapp.refused.wrong-otp")),
			Map.entry("sender_request_code_failed", Messages.of("whatsapp.refused.sender-request-code-failed")),
			Map.entry("sender-register-too-many-requests",
					Messages.of("whatsapp.refused.sender-register-too-many-requests")),
			Map.entry("too_many_invalid_verification_codes",
					Messages.of("whatsapp.refused.too-many-invalid-verification-codes")),
			Map.entry("sender-already-registered", Messages.of("whatsapp.refused.sender-already-registered")),
			Map.entry("sender-number-not-approved-for-enterprise",
					Messages.of("whatsapp.refused.sender-number-not-approved-for-enterprise")),
			Map.entry("solution_cannot_be_reassigned", Messages.of("whatsapp.refused.solution-cannot-be-reassigned")),
			Map.entry("solution_not_found", Messages.of("whatsapp.refused.solution-not-found")),
			Map.entry("account_not_found", Messages.of("whatsapp.refused.account-not-found")),
			Map.entry("project_not_initialized", Messages.of("whatsapp.refused.account-not-found")),
			Map.entry("account_data_is_corrupt", Messages.of("whatsapp.refused.account-data-is-corrupt")),
			Map.entry("file_not_found", Messages.of("whatsapp.refused.file-not-found")),
			Map.entry("file_invalid_mime_type", Messages.of("whatsapp.refused.file-invalid-mime-type")),
			Map.entry("file_size_too_large", Messages.of("whatsapp.refused.file-size-too-large")),
			Map.entry("file_has_wrong_dimensions", Messages.of("whatsapp.refused.file-has-wrong-dimensions")),
			Map.entry("sender_username_not_available", Messages.of("whatsapp.refused.sender-username-not-available")));

	private SinchAdvice() {
	}

	/** What to do next after this refusal; Sinch's own words are shown beside it. */
	static MessageSourceResolvable nextStep(SinchApiException refused) {
		MessageSourceResolvable next = (refused.errorCode() != null) ? NEXT_STEPS.get(refused.errorCode()) : null;
		if (next != null) {
			return next;
		}
		if ("invalid_input".equals(refused.errorCode())
				&& refused.additionalInformation().get("validationErrors") instanceof List<?> errors && !errors.isEmpty()) {
			return Messages.of("whatsapp.refused.invalid-input", String.join("; ", errors.stream().map(String::valueOf).toList()));
		}
		return switch (refused.status()) {
			case 401 -> Messages.of("whatsapp.refused.key-refused");
			case 429 -> Messages.of("whatsapp.refused.slow-down");
			case 500, 502, 503, 504 -> Messages.of("sinch.failed.try-later");
			default -> SinchFailures.CORRECT_AND_RETRY;
		};
	}

}
