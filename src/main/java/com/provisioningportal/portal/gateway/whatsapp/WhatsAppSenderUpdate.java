package com.provisioningportal.portal.gateway.whatsapp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.provisioningportal.portal.gateway.Change;

/**
 * A sender PATCH: only the profile fields named in {@code details} are sent, each with its {@link Change}.
 *
 * @param submit {@code true} sends {@code status: SUBMIT} (to Meta); {@code false} stores a draft, as Sinch does by
 * default
 * @param details the profile fields to change, by Sinch's field name (one of {@link #PROFILE_FIELDS})
 */
public record WhatsAppSenderUpdate(boolean submit, Map<String, Change<String>> details) {

	/** The profile fields a sender PATCH may change, in the order of Sinch's schema. */
	public static final List<String> PROFILE_FIELDS = List.of("displayName", "description", "vertical", "email",
			"address", "websiteOne", "websiteTwo", "about", "photoUrl", "username");

	public WhatsAppSenderUpdate {
		Objects.requireNonNull(details, "details");
		details.keySet().stream().filter(field -> !PROFILE_FIELDS.contains(field)).findAny().ifPresent(field -> {
			throw new IllegalArgumentException("Not a sender profile field: " + field);
		});
		details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
	}

}
