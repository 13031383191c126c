package com.provisioningportal.portal.gateway.rcs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.Change;

/**
 * A sender PATCH: only what is named is sent. Brand fields are merged into the brand Sinch has; clearing the
 * {@code emails}, {@code phones} or {@code websites} deletes them. Each questionnaire part given replaces Sinch's.
 *
 * @param brand brand fields to change, by Sinch's field name (one of {@link #BRAND_FIELDS}): strings, or for the
 * contact lists the lists of {@link RcsBrand}'s contact records
 * @param callbackUrl {@code null} keeps it
 * @param countries {@code null} keeps them
 * @param questionnaire {@code null} keeps it
 */
public record RcsSenderUpdate(Map<String, Change<?>> brand, Change<String> callbackUrl, List<String> countries,
		RcsQuestionnaire questionnaire) {

	/** The brand fields a PATCH may change, in the order of Sinch's schema. */
	public static final List<String> BRAND_FIELDS = List.of("name", "description", "color", "logoUrl", "bannerUrl",
			"privacyPolicyUrl", "termsOfServiceUrl", "emails", "phones", "websites");

	public RcsSenderUpdate {
		brand = (brand != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(brand)) : Map.of();
		brand.keySet().stream().filter(field -> !BRAND_FIELDS.contains(field)).findAny().ifPresent(field -> {
			throw new IllegalArgumentException("Not an RCS brand field: " + field);
		});
		callbackUrl = (callbackUrl != null) ? callbackUrl : Change.keep();
		countries = (countries != null) ? List.copyOf(countries) : null;
	}

	public static RcsSenderUpdate brand(Map<String, Change<?>> brand) {
		return new RcsSenderUpdate(brand, null, null, null);
	}

	public static RcsSenderUpdate questionnaire(RcsQuestionnaire questionnaire) {
		return new RcsSenderUpdate(null, null, null, questionnaire);
	}

}
