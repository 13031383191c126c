package com.provisioningportal.portal.web;

import java.util.Locale;
import java.util.Map;

/**
 * One meaning per colour across the portal: green is done, blue is under way, amber needs the user, red failed,
 * grey is switched off or unknown. The badge always shows the state's own text as well. Only the states every
 * feature shares are named here; a feature names its own through a {@link StatusToneContributor}.
 */
public enum StatusTone {

	DONE("text-bg-success", false),
	UNDER_WAY("text-bg-primary", true),
	NEEDS_YOU("text-bg-warning", false),
	FAILED("text-bg-danger", false),
	OFF("text-bg-secondary", false);

	/** Words that mean the same whatever the state is about. */
	static final Map<String, StatusTone> GENERIC = Map.of("ACTIVE", DONE, "DONE", DONE, "IN_PROGRESS", UNDER_WAY,
			"PENDING", UNDER_WAY, "ERROR", FAILED, "FAILED", FAILED);

	private final String cssClass;

	private final boolean spinner;

	StatusTone(String cssClass, boolean spinner) {
		this.cssClass = cssClass;
		this.spinner = spinner;
	}

	public String cssClass() {
		return cssClass;
	}

	public boolean spinner() {
		return spinner;
	}

	/** A state as the tone tables name it: trimmed, upper case, "" for none. */
	public static String key(String state) {
		return (state == null) ? "" : state.trim().toUpperCase(Locale.ROOT);
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
