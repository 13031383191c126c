package com.provisioningportal.portal.webhooks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The events a provisioning webhook can be called for, grouped by family as Sinch's reference groups them. This is
 * Sinch's whole trigger catalogue, not the portal's channels: a customer's webhook may want events of channels the
 * portal does not manage, so the list names channels on purpose and no channel contributes to it.
 */
final class WebhookTriggers {

	static final String ALL = "ALL";

	/** One family of events, e.g. "WhatsApp sender" with its 11 events; {@code prefix} is cut off for the labels. */
	record Family(String name, String prefix, List<String> triggers) {

		public String legend() {
			return name + ": " + triggers.size() + (triggers.size() == 1 ? " event" : " events");
		}

		public String label(String trigger) {
			if (ALL.equals(trigger)) {
				return "All events, including ones Sinch adds later";
			}
			String words = trigger.startsWith(prefix) ? trigger.substring(prefix.length()) : trigger;
			words = words.replace('_', ' ').toLowerCase(Locale.ROOT);
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

		public String id() {
			return "family-" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-");
		}

	}

	static final List<Family> FAMILIES = List.of(new Family("Common", "", List.of(ALL)),
			new Family("Bundles", "", List.of("BUNDLE_DONE")),
			new Family("WhatsApp sender", "WHATSAPP_SENDER_",
					List.of("WHATSAPP_SENDER_ACTIVE", "WHATSAPP_SENDER_COMMENT_ADDED",
							"WHATSAPP_SENDER_DAILY_LIMIT_CHANGED", "WHATSAPP_SENDER_DELETED",
							"WHATSAPP_SENDER_DISPLAY_NAME_UPDATED", "WHATSAPP_SENDER_ERROR", "WHATSAPP_SENDER_INACTIVE",
							"WHATSAPP_SENDER_PENDING_VERIFICATION", "WHATSAPP_SENDER_QUALITY_RATING_CHANGED",
							"WHATSAPP_SENDER_REJECTED", "WHATSAPP_SENDER_USERNAME_UPDATED")),
			new Family("WhatsApp template", "WHATSAPP_TEMPLATE_",
					List.of("WHATSAPP_TEMPLATE_APPROVED", "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE",
							"WHATSAPP_TEMPLATE_CATEGORY_UPDATED", "WHATSAPP_TEMPLATE_COMMENT_ADDED",
							"WHATSAPP_TEMPLATE_DELETED", "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED",
							"WHATSAPP_TEMPLATE_REJECTED", "WHATSAPP_TEMPLATE_STATUS_UPDATED")),
			new Family("WhatsApp account", "WHATSAPP_",
					List.of("WHATSAPP_ACCOUNT_COMMENT_ADDED", "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED",
							"WHATSAPP_ACCOUNT_ONBOARDED", "WHATSAPP_ACCOUNT_PENDING_VERIFICATION",
							"WHATSAPP_ACCOUNT_REJECTED", "WHATSAPP_WABA_ACCOUNT_CHANGED")),
			new Family("RCS", "RCS_",
					List.of("RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED", "RCS_SENDER_COMMENT_ADDED",
							"RCS_SENDER_OPERATOR_STATUS_UPDATED", "RCS_SENDER_STATUS_UPDATED", "RCS_ACCOUNT_COMMENT_ADDED")),
			new Family("KakaoTalk", "KAKAOTALK_",
					List.of("KAKAOTALK_SENDER_ACTIVE", "KAKAOTALK_SENDER_COMMENT_ADDED", "KAKAOTALK_SENDER_INACTIVE",
							"KAKAOTALK_SENDER_REJECTED", "KAKAOTALK_TEMPLATE_APPROVED",
							"KAKAOTALK_TEMPLATE_COMMENT_ADDED", "KAKAOTALK_TEMPLATE_REJECTED")));

	static final List<String> KNOWN = FAMILIES.stream().flatMap(family -> family.triggers().stream()).toList();

	private WebhookTriggers() {
	}

	static boolean known(String trigger) {
		return KNOWN.contains(trigger);
	}

	/** {@code ALL} chosen together with other events: Sinch takes it, but advises against it. */
	static boolean allWithOthers(Collection<String> triggers) {
		return triggers.contains(ALL) && triggers.size() > 1;
	}

	/** "every event" for {@code ALL}, else "3 events". */
	static String events(Collection<String> triggers) {
		if (triggers.contains(ALL)) {
			return "every event";
		}
		return triggers.size() + (triggers.size() == 1 ? " event" : " events");
	}

	/** For a list row: "Every event" or "3 events: WhatsApp sender 2, Bundles 1". */
	static String summary(Collection<String> triggers) {
		if (triggers.contains(ALL)) {
			return (triggers.size() == 1) ? "Every event (ALL)" : "Every event (ALL, and " + (triggers.size() - 1) + " more)";
		}
		Map<String, Integer> perFamily = new LinkedHashMap<>();
		for (Family family : FAMILIES) {
			int chosen = (int) family.triggers().stream().filter(triggers::contains).count();
			if (chosen > 0) {
				perFamily.put(family.name(), chosen);
			}
		}
		StringBuilder summary = new StringBuilder(events(triggers));
		String separator = ": ";
		for (var family : perFamily.entrySet()) {
			summary.append(separator).append(family.getKey()).append(' ').append(family.getValue());
			separator = ", ";
		}
		return summary.toString();
	}

}
