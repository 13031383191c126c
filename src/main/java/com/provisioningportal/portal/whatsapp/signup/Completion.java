package com.provisioningportal.portal.whatsapp.signup;

/**
 * What the signup page heard from Meta, posted with the attempt's nonce: the SDK's code (absent on cancel, error or
 * close) and the session info event. Every field is untrusted input; ids are checked against Graph.
 *
 * @param event {@code FINISH}, {@code FINISH_ONLY_WABA}, {@code FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING},
 * {@code CANCEL}, or {@code CLOSED} when the page gave up waiting
 */
record Completion(String nonce, String code, String event, String wabaId, String phoneNumberId, String businessId,
		String currentStep, String errorMessage, String errorCode, String sessionId) {

	static String digits(String value) {
		return (value != null && value.matches("\\d{1,30}")) ? value : null;
	}

	static String text(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.strip();
		return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
	}

	boolean hasCode() {
		return code != null && !code.isBlank() && code.length() <= 2048;
	}

	@Override
	public String toString() {
		return "Completion[event=" + event + ", wabaId=" + wabaId + ", phoneNumberId=" + phoneNumberId + ", code="
				+ (hasCode() ? "***" : null) + "]";
	}

}
