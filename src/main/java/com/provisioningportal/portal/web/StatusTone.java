package com.provisioningportal.portal.web;

import java.util.Locale;
import java.util.Set;

/**
 * One meaning per colour across the portal: green is done, blue is under way, amber needs the user, red failed,
 * grey is switched off or unknown. The badge always shows the state's own text as well.
 */
public enum StatusTone {

	DONE("text-bg-success", false),
	UNDER_WAY("text-bg-primary", true),
	NEEDS_YOU("text-bg-warning", false),
	FAILED("text-bg-danger", false),
	OFF("text-bg-secondary", false);

	private static final Set<String> DONE_STATES = Set.of("ACTIVE", "APPROVED", "DONE", "SUCCEEDED", "ENABLED", "ONBOARDED",
			"READY");

	private static final Set<String> UNDER_WAY_STATES = Set.of("IN_PROGRESS", "PENDING", "STARTED", "CODE_RECEIVED",
			"VERIFIED", "SENDER_REQUESTED", "ATTEMPT", "PROVISIONING");

	private static final Set<String> NEEDS_YOU_STATES = Set.of("PENDING_VERIFICATION", "PENDING_FACEBOOK_VERIFICATION", "DRAFT", "CHANGES_PENDING",
			"NEEDS_NUMBER", "LOCKED", "MUST_CHANGE_PASSWORD");

	private static final Set<String> FAILED_STATES = Set.of("ERROR", "REJECTED", "FAILED", "DENIED", "META_ERROR",
			"FAILING");

	private final String cssClass;

	private final boolean spinner;

	StatusTone(String cssClass, boolean spinner) {
		this.cssClass = cssClass;
		this.spinner = spinner;
	}

	public static StatusTone of(String state) {
		String key = (state == null) ? "" : state.trim().toUpperCase(Locale.ROOT);
		if (DONE_STATES.contains(key)) {
			return DONE;
		}
		if (UNDER_WAY_STATES.contains(key)) {
			return UNDER_WAY;
		}
		if (NEEDS_YOU_STATES.contains(key)) {
			return NEEDS_YOU;
		}
		if (FAILED_STATES.contains(key)) {
			return FAILED;
		}
		return provisioningTone(key);
	}

	/**
	 * Sinch's provisioning states of SMS apps ({@code PENDING_ADD}, {@code IN_PROGRESS_UPDATE},
	 * {@code PROVISIONING_ADD_FAILED}, ...) read by their parts: any failure is red, work pending or under way is blue.
	 */
	private static StatusTone provisioningTone(String key) {
		if (key.contains("FAILED")) {
			return FAILED;
		}
		if (key.startsWith("PENDING_") || key.startsWith("IN_PROGRESS_") || key.startsWith("PROVISIONING")
				|| key.equals("DEPROVISIONING")) {
			return UNDER_WAY;
		}
		return OFF;
	}

	public String cssClass() {
		return cssClass;
	}

	public boolean spinner() {
		return spinner;
	}

	/** "PENDING_VERIFICATION" reads as "Pending verification". */
	public static String label(String state) {
		if (state == null || state.isBlank()) {
			return "Unknown";
		}
		String words = state.trim().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
