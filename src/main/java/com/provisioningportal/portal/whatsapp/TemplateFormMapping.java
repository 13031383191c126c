package com.provisioningportal.portal.whatsapp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.whatsapp.TemplateForm.ButtonForm;

import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.BUTTON_TYPES;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.CATEGORIES;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.HEADER_FORMATS;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.MEDIA;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.oneOf;

/**
 * The translation between the template form and Sinch's components: the components a checked form sends, and the
 * form an existing template fills for an edit.
 */
final class TemplateFormMapping {

	private TemplateFormMapping() {
	}

	/** Sinch's components for what the form says; call only once {@link TemplateValidation#check} found nothing. */
	static List<Map<String, Object>> components(TemplateForm form) {
		List<Map<String, Object>> components = new ArrayList<>();
		String format = form.getHeaderFormat();
		if ("TEXT".equals(format)) {
			Map<String, Object> header = component("HEADER");
			header.put("format", "TEXT");
			header.put("text", form.getHeaderText().strip());
			if (TemplateVariables.of(form.getHeaderText()).count() == 1) {
				header.put("example", form.getHeaderExample().strip());
			}
			components.add(header);
		}
		else if (oneOf(MEDIA, format)) {
			Map<String, Object> header = component("HEADER");
			header.put("format", format);
			header.put("example", Map.of("url", form.getHeaderExample().strip()));
			components.add(header);
		}
		else if ("LOCATION".equals(format)) {
			Map<String, Object> header = component("HEADER");
			header.put("format", "LOCATION");
			components.add(header);
		}
		Map<String, Object> body = component("BODY");
		body.put("text", form.getBodyText().strip());
		int variables = TemplateVariables.of(form.getBodyText()).count();
		if (variables > 0) {
			body.put("examples", form.getBodyExamples().subList(0, variables).stream().map(String::strip).toList());
		}
		components.add(body);
		if (form.getFooterText() != null && !form.getFooterText().isBlank()) {
			Map<String, Object> footer = component("FOOTER");
			footer.put("text", form.getFooterText().strip());
			components.add(footer);
		}
		List<Map<String, Object>> buttons = form.filledButtons().stream().map(TemplateFormMapping::button).toList();
		if (!buttons.isEmpty()) {
			Map<String, Object> buttonsComponent = component("BUTTONS");
			buttonsComponent.put("buttons", buttons);
			components.add(buttonsComponent);
		}
		return components;
	}

	private static Map<String, Object> button(ButtonForm form) {
		Map<String, Object> button = new LinkedHashMap<>();
		button.put("type", form.getType());
		button.put("text", form.getText().strip());
		if ("URL".equals(form.getType())) {
			String url = form.getUrl().strip();
			button.put("url", url);
			if (url.endsWith("{{1}}")) {
				button.put("example", fullUrl(url, form.getExample()));
			}
		}
		if ("PHONE_NUMBER".equals(form.getType())) {
			button.put("phoneNumber", form.getPhoneNumber().strip());
		}
		return button;
	}

	/**
	 * The form for an edit of an existing template: its pending version when it has one, else its live one. Empty
	 * (with the reason) when the template uses parts this form does not build, so it is not silently simplified.
	 */
	static Editable editable(WhatsAppTemplate template) {
		if (!oneOf(CATEGORIES, template.category())) {
			return Editable.not("It is an authentication template, whose one-time-password layout this form does not build.");
		}
		if (Boolean.TRUE.equals(template.metaGenerated())) {
			return Editable.not("Meta generated it, and Sinch does not let such templates change.");
		}
		WhatsAppTemplate.Details details = (template.changes() != null && template.changes().details() != null)
				? template.changes().details() : template.details();
		TemplateForm form = new TemplateForm();
		form.setName(template.name());
		form.setLanguage(template.language());
		form.setCategory(template.category());
		form.setAllowCategoryChange(template.changes() != null && Boolean.TRUE.equals(template.changes().allowCategoryChange()));
		for (Map<String, Object> component : (details != null && details.components() != null) ? details.components()
				: List.<Map<String, Object>>of()) {
			Optional<String> unsupported = fill(form, component);
			if (unsupported.isPresent()) {
				return Editable.not(unsupported.get());
			}
		}
		return new Editable(form, null);
	}

	private static Optional<String> fill(TemplateForm form, Map<String, Object> component) {
		String type = String.valueOf(component.get("type"));
		switch (type) {
			case "HEADER" -> {
				String format = String.valueOf(component.get("format"));
				if (!oneOf(HEADER_FORMATS, format)) {
					return Optional.of("Its header is a " + format + ", which this form does not build.");
				}
				form.setHeaderFormat(format);
				form.setHeaderText(text(component.get("text")));
				form.setHeaderExample(example(component.get("example")));
			}
			case "BODY" -> {
				if (Boolean.TRUE.equals(component.get("addSecurityRecommendation"))) {
					return Optional.of("Its body carries Meta's security recommendation, which this form does not build.");
				}
				form.setBodyText(text(component.get("text")));
				form.setBodyExamples(new ArrayList<>(strings(component.get("examples"))));
			}
			case "FOOTER" -> {
				if (component.get("codeExpirationMinutes") != null) {
					return Optional.of("Its footer shows a code's expiry, which this form does not build.");
				}
				form.setFooterText(text(component.get("text")));
			}
			case "BUTTONS" -> {
				Object buttons = component.get("buttons");
				for (Object each : (buttons instanceof List<?> list) ? list : List.of()) {
					if (!(each instanceof Map<?, ?> button) || !BUTTON_TYPES.contains(String.valueOf(button.get("type")))) {
						return Optional.of("It has a " + ((each instanceof Map<?, ?> map) ? map.get("type") : "special")
								+ " button, which this form does not build.");
					}
					ButtonForm row = new ButtonForm();
					row.setType(String.valueOf(button.get("type")));
					row.setText(text(button.get("text")));
					row.setUrl(text(button.get("url")));
					row.setPhoneNumber(text(button.get("phoneNumber")));
					row.setExample(variableOf(text(button.get("url")), text(button.get("example"))));
					form.getButtons().add(row);
				}
			}
			default -> {
				return Optional.of("It has a " + type + " part, which this form does not build.");
			}
		}
		return Optional.empty();
	}

	/** A template as the form shows it for an edit, or why it cannot be edited here. */
	record Editable(TemplateForm form, String reason) {

		static Editable not(String reason) {
			return new Editable(null, reason);
		}

	}

	private static Map<String, Object> component(String type) {
		Map<String, Object> component = new LinkedHashMap<>();
		component.put("type", type);
		return component;
	}

	/** A header's example: the value of its variable, or a media header's {@code {"url": …}}. */
	private static String example(Object example) {
		return (example instanceof Map<?, ?> media) ? text(media.get("url")) : text(example);
	}

	/** Sinch wants a dynamic button's example as the whole link with the value in place of {{1}}. */
	static String fullUrl(String url, String value) {
		String stripped = url.strip();
		return stripped.substring(0, stripped.length() - "{{1}}".length()) + value.strip();
	}

	/** The value of {{1}} in a dynamic button's example link, which is what the form asks for. */
	private static String variableOf(String url, String example) {
		if (url == null || example == null || !url.endsWith("{{1}}")) {
			return example;
		}
		String fixed = url.substring(0, url.length() - "{{1}}".length());
		return example.startsWith(fixed) ? example.substring(fixed.length()) : example;
	}

	private static List<String> strings(Object values) {
		if (values instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return (values == null) ? List.of() : List.of(String.valueOf(values));
	}

	private static String text(Object value) {
		return (value == null) ? null : String.valueOf(value);
	}

}
