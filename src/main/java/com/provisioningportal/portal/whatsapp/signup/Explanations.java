package com.provisioningportal.portal.whatsapp.signup;

import java.util.Map;

import com.provisioningportal.portal.gateway.SinchApiException;

/** Sinch's refusals and Meta's errors as sentences that say what to do next. */
final class Explanations {

	private static final Map<String, String> SINCH = Map.ofEntries(
			Map.entry("waba_id_used", "This WhatsApp Business account is already connected to another Sinch project. "
					+ "Connect the number in that project, or ask the customer to choose another account."),
			Map.entry("wrong_waba_id", "This project already has a different WhatsApp Business account. Connect a number "
					+ "of that account here, or use another project for this one."),
			Map.entry("not_found_waba_id", "Sinch could not find this WhatsApp Business account. Make sure the customer "
					+ "finished Meta's dialog with Sinch's partner solution, then start again."),
			Map.entry("too_many_waba_id", "Sinch found several WhatsApp Business accounts and cannot tell which one is "
					+ "meant. Start again and choose one account in Meta's dialog."),
			Map.entry("used_phone_number_id", "This number is already a sender in another Sinch project. Remove it "
					+ "there first, or choose another number."),
			Map.entry("provisioned_phone_number_id", "This number is already a sender of this project: there is nothing "
					+ "more to do. Find it in the senders list."),
			Map.entry("all_phone_number_id_provisioned", "Every number of this account is already a sender. Add a new "
					+ "number in Meta's dialog, then start again."),
			Map.entry("invalid_waba_id_or_phone_number_id_for_region", "This account or number cannot be used in the "
					+ "chosen region. Choose another region and start again."),
			Map.entry("wrong_business_manager", "The project's WhatsApp account belongs to another Sinch business "
					+ "manager. Ask Sinch support which region to use, then start again."),
			Map.entry("invalid_business_manager", "Sinch does not offer this region with the chosen business manager. "
					+ "Choose another region and start again."),
			Map.entry("account_data_is_corrupt", "Sinch's record of this project's WhatsApp account is inconsistent. "
					+ "Ask Sinch support to check it before trying again."),
			Map.entry("project_not_initialized", "This Sinch project is not set up for WhatsApp yet. Ask Sinch to "
					+ "enable it, then start again."));

	private Explanations() {
	}

	/** Sinch's refusal of the sender in its own words (message, resolution, code), after our sentence for known codes. */
	static String sinch(SinchApiException ex) {
		String sentence = (ex.errorCode() != null) ? SINCH.get(ex.errorCode()) : null;
		return ((sentence != null) ? sentence + " Sinch said: " : "Sinch refused the new sender: ") + ex.explanation();
	}

	/** A failed Graph call during the exchange or checks. */
	static String graph(MetaGraphException ex) {
		if (ex.code() == 0 && ex.subcode() == 0) {
			return "Meta could not be reached to confirm the customer's choice. Start again in a moment.";
		}
		return switch (ex.subcode()) {
			case 36007 -> "Meta's code expired before the portal could use it (codes last 30 seconds). Start again.";
			case 36009 -> "Meta's code had already been used. Start again to get a new one.";
			case 36008 -> "Meta refused the code because the return address did not match. Start again from the portal.";
			default -> switch (ex.code()) {
				case 1, 101 -> "Meta refused the portal's app settings (META_APP_ID, META_APP_SECRET). An administrator "
						+ "needs to check them. (Meta " + ex.errorCode() + ")";
				case 190 -> "Meta says the customer's access is no longer valid. Start again.";
				default -> "Meta refused: " + ex.getMessage() + " Start again; if it keeps failing, contact Meta support. (Meta "
						+ ex.errorCode() + ")";
			};
		};
	}

	/** Meta's dialog stopped at a step. */
	static String cancelled(String step) {
		if (step == null) {
			return "Meta's dialog was closed before it finished. Start again when the customer is ready.";
		}
		String where = switch (step) {
			case "BUSINESS_ACCOUNT_SELECTION" -> "while choosing the business portfolio";
			case "WABA_PHONE_PROFILE_PICKER" -> "while choosing the WhatsApp Business account and number";
			case "WHATSAPP_BUSINESS_PROFILE_SETUP" -> "while setting up the WhatsApp Business profile";
			case "PHONE_NUMBER_SETUP" -> "while adding the phone number";
			case "PHONE_NUMBER_VERIFICATION" -> "while verifying the phone number (the code sent to it)";
			case "PERMISSIONS" -> "at the permissions step";
			default -> "at step " + step;
		};
		return "The customer left Meta's dialog " + where + ". Nothing was created. Start again when they are ready.";
	}

	/** The customer reported an error inside Meta's dialog. */
	static String metaError(String message) {
		return "Meta reported a problem: " + ((message != null && !message.isBlank()) ? message : "no details given")
				+ " Fix it in Meta Business Suite, or copy the details below for Meta support, then start again.";
	}

}
