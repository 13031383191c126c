package com.provisioningportal.portal.whatsapp.signup;

import java.util.Map;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

/** Sinch's refusals and Meta's errors as sentences that say what to do next. */
final class Explanations {

	private static final Map<String, MessageSourceResolvable> SINCH = Map.ofEntries(
			Map.entry("waba_id_used", Messages.of("whatsapp.signup.refused.waba-id-used")),
			Map.entry("wrong_waba_id", Messages.of("whatsapp.signup.refused.wrong-waba-id")),
			Map.entry("not_found_waba_id", Messages.of("whatsapp.signup.refused.not-found-waba-id")),
			Map.entry("too_many_waba_id", Messages.of("whatsapp.signup.refused.too-many-waba-id")),
			Map.entry("used_phone_number_id", Messages.of("whatsapp.signup.refused.used-phone-number-id")),
			Map.entry("provisioned_phone_number_id", Messages.of("whatsapp.signup.refused.provisioned-phone-number-id")),
			Map.entry("all_phone_number_id_provisioned", Messages.of("whatsapp.signup.refused.all-phone-number-id-provisioned")),
			Map.entry("invalid_waba_id_or_phone_number_id_for_region", Messages.of("whatsapp.signup.refused.invalid-waba-id-or-phone-number-id-for-region")),
			Map.entry("wrong_business_manager", Messages.of("whatsapp.signup.refused.wrong-business-manager")),
			Map.entry("invalid_business_manager", Messages.of("whatsapp.signup.refused.invalid-business-manager")),
			Map.entry("account_data_is_corrupt", Messages.of("whatsapp.signup.refused.account-data-is-corrupt")),
			Map.entry("project_not_initialized", Messages.of("whatsapp.signup.refused.project-not-initialized")));

	private Explanations() {
	}

	/** Sinch's refusal of the sender in its own words (message, resolution, code), after our sentence for known codes. */
	static MessageSourceResolvable sinch(SinchApiException ex) {
		MessageSourceResolvable sentence = (ex.errorCode() != null) ? SINCH.get(ex.errorCode()) : null;
		return (sentence != null) ? Messages.of("whatsapp.signup.refused.known", sentence, ex.explanation())
				: Messages.of("whatsapp.signup.refused", ex.explanation());
	}

	/** A failed Graph call during the exchange or checks. */
	static MessageSourceResolvable graph(MetaGraphException ex) {
		if (ex.code() == 0 && ex.subcode() == 0) {
			return Messages.of("whatsapp.signup.meta.unreachable");
		}
		return switch (ex.subcode()) {
			case 36007 -> Messages.of("whatsapp.signup.meta.code-expired");
			case 36009 -> Messages.of("whatsapp.signup.meta.code-used");
			case 36008 -> Messages.of("whatsapp.signup.meta.redirect-mismatch");
			default -> switch (ex.code()) {
				case 1, 101 -> Messages.of("whatsapp.signup.meta.app-settings", ex.errorCode());
				case 190 -> Messages.of("whatsapp.signup.meta.access-expired");
				default -> Messages.of("whatsapp.signup.meta.refused", ex.getMessage(), ex.errorCode());
			};
		};
	}

	/** Meta's dialog stopped at a step. */
	static MessageSourceResolvable cancelled(String step) {
		if (step == null) {
			return Messages.of("whatsapp.signup.cancelled");
		}
		MessageSourceResolvable where = switch (step) {
			case "BUSINESS_ACCOUNT_SELECTION" -> Messages.of("whatsapp.signup.step.business-account-selection");
			case "WABA_PHONE_PROFILE_PICKER" -> Messages.of("whatsapp.signup.step.waba-phone-profile-picker");
			case "WHATSAPP_BUSINESS_PROFILE_SETUP" -> Messages.of("whatsapp.signup.step.whatsapp-business-profile-setup");
			case "PHONE_NUMBER_SETUP" -> Messages.of("whatsapp.signup.step.phone-number-setup");
			case "PHONE_NUMBER_VERIFICATION" -> Messages.of("whatsapp.signup.step.phone-number-verification");
			case "PERMISSIONS" -> Messages.of("whatsapp.signup.step.permissions");
			default -> Messages.of("whatsapp.signup.step.other", step);
		};
		return Messages.of("whatsapp.signup.cancelled.at", where);
	}

	/** The customer reported an error inside Meta's dialog. */
	static MessageSourceResolvable metaError(String message) {
		return Messages.of("whatsapp.signup.meta.error", (message != null && !message.isBlank()) ? message
				: Messages.of("whatsapp.signup.meta.error.no-details"));
	}

}
