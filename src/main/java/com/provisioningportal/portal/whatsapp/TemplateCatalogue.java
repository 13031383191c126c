package com.provisioningportal.portal.whatsapp;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a template may be made of, as Sinch and Meta list it: languages, categories, header formats, button kinds
 * and the limits on each part. The page's choices and its script's limits come from here.
 */
final class TemplateCatalogue {

	/** Sinch's language codes (Meta's {@code en_US} is {@code EN_US}). */
	static final List<String> LANGUAGES = List.of("AF", "AR", "AZ", "BG", "BN", "CA", "CS", "DA", "DE", "EL", "EN",
			"EN_GB", "EN_US", "ES", "ES_AR", "ES_ES", "ES_MX", "ES_UY", "ET", "FA", "FI", "FIL", "FR", "GA", "GU", "HA",
			"HE", "HI", "HR", "HU", "ID", "IT", "JA", "KA", "KK", "KN", "KO", "KY_KG", "LO", "LT", "LV", "MK", "ML", "MR",
			"MS", "NB", "NL", "PA", "PL", "PT_BR", "PT_PT", "RO", "RU", "RW_RW", "SK", "SL", "SQ", "SR", "SV", "SW", "TA",
			"TE", "TH", "TR", "UK", "UR", "UZ", "VI", "ZH_CN", "ZH_HK", "ZH_TW", "ZU");

	/** The categories this form builds; authentication templates have Meta's fixed one-time-password layout. */
	static final List<String> CATEGORIES = List.of("MARKETING", "UTILITY");

	static final List<String> HEADER_FORMATS = List.of("NONE", "TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION");

	/** The header formats whose example is the address of a sample file. */
	static final Set<String> MEDIA = Set.of("IMAGE", "VIDEO", "DOCUMENT");

	static final List<String> BUTTON_TYPES = List.of("QUICK_REPLY", "URL", "PHONE_NUMBER");

	static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_]*[a-z0-9]$");

	static final int NAME_MAX = 512;

	static final int HEADER_MAX = 60;

	static final int BODY_MAX = 1024;

	static final int FOOTER_MAX = 60;

	static final int BUTTON_TEXT_MAX = 25;

	static final int URL_MAX = 2000;

	static final int URL_BUTTONS_MAX = 2;

	private TemplateCatalogue() {
	}

	/** Whether a value is one of the choices (immutable collections refuse to look for null). */
	static boolean oneOf(Collection<String> choices, String value) {
		return value != null && choices.contains(value);
	}

}
