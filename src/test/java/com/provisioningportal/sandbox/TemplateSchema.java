package com.provisioningportal.sandbox;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The request schemas of template create and update, taken as facts from Sinch's published Provisioning API
 * (v1.2.117: {@code WhatsappTemplateInputDto}, {@code WhatsappUpdateTemplateInputDto},
 * {@code WhatsappTemplateDetailsInputDto} and the {@code …ComponentInputDto} and {@code …ButtonInputDto} schemas).
 *
 * <p>
 * Where the published schemas contradict themselves, the field mask {@code WhatsappTemplateDtoFieldMaskPathsEnum}
 * settles it: the header's and the URL button's example is the singular {@code example} (a string; for a media
 * header an object with {@code url}), the body's are the plural {@code examples}. Unknown properties are refused,
 * stricter than Sinch may be, so a misspelled field fails a test instead of being silently ignored.
 */
final class TemplateSchema {

	static final Set<String> CREATE_FIELDS = Set.of("status", "name", "language", "category", "saveDraftOnFailure",
			"allowCategoryChange", "details");

	static final Set<String> UPDATE_FIELDS = Set.of("status", "category", "saveDraftOnFailure", "allowCategoryChange",
			"details");

	private static final Set<String> DETAILS_FIELDS = Set.of("components", "messageSendTtlSeconds", "optimization");

	private static final List<String> COMPONENT_TYPES = List.of("HEADER", "BODY", "FOOTER", "BUTTONS", "CAROUSEL",
			"LIMITED_TIME_OFFER");

	private static final List<String> HEADER_FORMATS = List.of("TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION");

	private static final List<String> MEDIA_FORMATS = List.of("IMAGE", "VIDEO", "DOCUMENT");

	private static final List<String> MIME_TYPES = List.of("IMAGE/JPEG", "IMAGE/PNG", "APPLICATION/PDF", "VIDEO/3GP",
			"VIDEO/MP4");

	private static final List<String> BUTTON_TYPES = List.of("PHONE_NUMBER", "URL", "QUICK_REPLY", "OTP", "FLOW");

	private static final List<String> OTP_TYPES = List.of("COPY_CODE", "ONE_TAP", "ZERO_TAP");

	private static final Map<String, Set<String>> HEADER_FIELDS = Map.of("TEXT", Set.of("type", "format", "text", "example"),
			"IMAGE", Set.of("type", "format", "example"), "VIDEO", Set.of("type", "format", "example"), "DOCUMENT",
			Set.of("type", "format", "example"), "LOCATION", Set.of("type", "format"));

	private static final Map<String, Set<String>> COMPONENT_FIELDS = Map.of("BODY",
			Set.of("type", "text", "examples", "addSecurityRecommendation"), "FOOTER",
			Set.of("type", "text", "codeExpirationMinutes"), "BUTTONS", Set.of("type", "buttons"), "LIMITED_TIME_OFFER",
			Set.of("type", "text", "hasExpiration"), "CAROUSEL", Set.of("type", "cards"));

	private static final Map<String, Set<String>> BUTTON_FIELDS = Map.of("PHONE_NUMBER", Set.of("type", "text", "phoneNumber"),
			"URL", Set.of("type", "text", "url", "example"), "QUICK_REPLY", Set.of("type", "text"), "OTP",
			Set.of("type", "otpType", "text", "autofillText", "packageName", "signatureHash", "supportedApps",
					"zeroTapTermsAccepted"),
			"FLOW", Set.of("type", "text", "flowId", "flowAction", "navigateScreen"));

	private static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\d+)}}");

	private TemplateSchema() {
	}

	/**
	 * Checks {@code details}: its fields, each component's fields and types, and, unless it is only a draft, the
	 * examples Meta needs for review. A BODY is required and each component type may appear once.
	 */
	static void validateDetails(Validation validation, JsonNode details, boolean draft) {
		if (details == null || details.isNull()) {
			return;
		}
		Validation atDetails = validation.nested("details").allowOnly(DETAILS_FIELDS);
		atDetails.number("messageSendTtlSeconds");
		JsonNode components = details.get("components");
		if (components == null || !components.isArray()) {
			validation.fail("details.components must be an array");
			return;
		}
		Set<String> seen = new HashSet<>();
		int index = 0;
		for (JsonNode component : components) {
			Validation at = atDetails.element("components", index++, component);
			String type = Json.text(component, "type");
			if (!COMPONENT_TYPES.contains(type)) {
				at.reject("type", "must be one of the following values: " + String.join(", ", COMPONENT_TYPES));
				continue;
			}
			if (!seen.add(type)) {
				validation.fail("details.components must contain at most one component of type " + type);
			}
			if ("HEADER".equals(type)) {
				header(at, component, draft);
			}
			else {
				at.allowOnly(COMPONENT_FIELDS.get(type));
				component(at, type, component, draft);
			}
		}
		if (!seen.contains("BODY")) {
			validation.fail("details.components must contain a BODY component");
		}
	}

	private static void header(Validation at, JsonNode header, boolean draft) {
		at.required("format").oneOf("format", HEADER_FORMATS);
		String format = Json.text(header, "format");
		if (!HEADER_FORMATS.contains(format)) {
			return;
		}
		at.allowOnly(HEADER_FIELDS.get(format));
		if ("TEXT".equals(format)) {
			at.string("text", 1, 60).string("example", 1, Integer.MAX_VALUE);
			if (!draft) {
				at.required("text");
				if (variables(Json.text(header, "text")) > 0) {
					at.required("example");
				}
			}
		}
		else if (MEDIA_FORMATS.contains(format)) {
			JsonNode example = header.get("example");
			if (example != null && !example.isNull() && !example.isObject()) {
				at.reject("example", "must be an object");
			}
			else if (example != null && !example.isNull()) {
				at.nested("example").allowOnly(Set.of("url", "mimeType")).url("url").oneOf("mimeType", MIME_TYPES);
				if (!draft) {
					at.nested("example").required("url");
				}
			}
			else if (!draft) {
				at.required("example");
			}
		}
	}

	private static void component(Validation at, String type, JsonNode component, boolean draft) {
		switch (type) {
			case "BODY" -> {
				at.string("text", 1, 1024).stringArray("examples").bool("addSecurityRecommendation");
				int variables = variables(Json.text(component, "text"));
				JsonNode examples = component.get("examples");
				if (!draft && variables > 0 && (examples == null || !examples.isArray() || examples.size() != variables)) {
					at.reject("examples", "must contain one example for each of the " + variables + " body variables");
				}
			}
			case "FOOTER" -> at.string("text", 0, 60).number("codeExpirationMinutes");
			case "LIMITED_TIME_OFFER" -> at.string("text", 0, Integer.MAX_VALUE).required("hasExpiration").bool("hasExpiration");
			case "BUTTONS" -> buttons(at, component.get("buttons"), draft);
			default -> {
				// CAROUSEL: cards are not used by the portal; only their presence as a field is checked above.
			}
		}
	}

	private static void buttons(Validation at, JsonNode buttons, boolean draft) {
		if (buttons == null || !buttons.isArray()) {
			at.reject("buttons", "must be an array");
			return;
		}
		int index = 0;
		for (JsonNode button : buttons) {
			Validation atButton = at.element("buttons", index++, button);
			String type = Json.text(button, "type");
			if (!BUTTON_TYPES.contains(type)) {
				atButton.reject("type", "must be one of the following values: " + String.join(", ", BUTTON_TYPES));
				continue;
			}
			atButton.allowOnly(BUTTON_FIELDS.get(type)).string("text", 1, 25);
			if (!draft && !"OTP".equals(type)) {
				atButton.required("text");
			}
			switch (type) {
				case "URL" -> urlButton(atButton, button, draft);
				case "PHONE_NUMBER" -> {
					atButton.string("phoneNumber", 1, 20);
					if (!draft) {
						atButton.required("phoneNumber");
					}
				}
				case "OTP" -> atButton.required("otpType").oneOf("otpType", OTP_TYPES);
				default -> {
					// QUICK_REPLY has text only; FLOW's fields are strings the portal does not send.
				}
			}
		}
	}

	/** A dynamic URL ends in {{1}}; its example is the whole URL with the variable filled in. */
	private static void urlButton(Validation at, JsonNode button, boolean draft) {
		at.url("example");
		String url = Json.text(button, "url");
		if (!draft) {
			at.required("url");
		}
		if (url == null) {
			return;
		}
		boolean dynamic = url.endsWith("{{1}}");
		String fixed = dynamic ? url.substring(0, url.length() - "{{1}}".length()) : url;
		if (!Validation.isUrl(dynamic ? fixed + "x" : url) || fixed.contains("{{")) {
			at.reject("url", "must be a URL address");
			return;
		}
		String example = Json.text(button, "example");
		if (dynamic && !draft && example == null) {
			at.required("example");
		}
		else if (dynamic && example != null && !(example.startsWith(fixed) && example.length() > fixed.length())) {
			at.reject("example", "must be the full url with the value of {{1}} filled in");
		}
	}

	static int variables(String text) {
		if (text == null) {
			return 0;
		}
		Set<String> names = new HashSet<>();
		Matcher matcher = VARIABLE.matcher(text);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names.size();
	}

}
