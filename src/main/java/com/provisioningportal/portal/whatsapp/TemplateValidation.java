package com.provisioningportal.portal.whatsapp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.whatsapp.TemplateForm.ButtonForm;

import org.springframework.validation.Errors;

import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.BODY_MAX;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.BUTTON_TEXT_MAX;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.BUTTON_TYPES;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.CATEGORIES;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.FOOTER_MAX;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.HEADER_FORMATS;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.HEADER_MAX;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.LANGUAGES;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.MEDIA;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.NAME;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.NAME_MAX;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.URL_BUTTONS_MAX;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.URL_MAX;
import static com.provisioningportal.portal.whatsapp.TemplateCatalogue.oneOf;

/**
 * Meta's rules for a template's parts, checked before anything is sent so a person learns at once what Meta would
 * refuse (Sinch and Meta still have the last word). The page's script mirrors some of these checks for its preview;
 * this class is the authority.
 */
final class TemplateValidation {

	private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,19}$");

	private TemplateValidation() {
	}

	/**
	 * Puts each broken rule next to its field.
	 * @param creating whether name and language are being chosen (on an edit they are fixed)
	 */
	static void check(TemplateForm form, Errors errors, boolean creating) {
		if (creating) {
			checkName(form.getName(), errors);
			if (!oneOf(LANGUAGES, form.getLanguage())) {
				Messages.reject(errors, "language", Messages.of("whatsapp.template.language.required"));
			}
		}
		if (!oneOf(CATEGORIES, form.getCategory())) {
			Messages.reject(errors, "category", Messages.of("whatsapp.template.category.required"));
		}
		checkHeader(form, errors);
		checkBody(form, errors);
		if (length(form.getFooterText()) > FOOTER_MAX) {
			Messages.reject(errors, "footerText", Messages.of("whatsapp.template.footer.size", FOOTER_MAX));
		}
		else if (form.getFooterText() != null && form.getFooterText().contains("{{")) {
			Messages.reject(errors, "footerText", Messages.of("whatsapp.template.footer.variables"));
		}
		checkButtons(form, errors);
	}

	private static void checkName(String name, Errors errors) {
		if (name == null || name.isBlank()) {
			Messages.reject(errors, "name", Messages.of("whatsapp.template.name.required"));
		}
		else if (name.length() > NAME_MAX) {
			Messages.reject(errors, "name", Messages.of("whatsapp.template.name.size", NAME_MAX));
		}
		else if (!NAME.matcher(name).matches()) {
			Messages.reject(errors, "name", Messages.of("whatsapp.template.name.pattern"));
		}
	}

	private static void checkHeader(TemplateForm form, Errors errors) {
		String format = form.getHeaderFormat();
		if (!oneOf(HEADER_FORMATS, format)) {
			Messages.reject(errors, "headerFormat", Messages.of("whatsapp.template.header.format.required"));
			return;
		}
		if ("TEXT".equals(format)) {
			String text = form.getHeaderText();
			if (text == null || text.isBlank()) {
				Messages.reject(errors, "headerText", Messages.of("whatsapp.template.header.text.required"));
				return;
			}
			if (text.length() > HEADER_MAX) {
				Messages.reject(errors, "headerText", Messages.of("whatsapp.template.header.text.size", HEADER_MAX));
				return;
			}
			TemplateVariables variables = TemplateVariables.of(text);
			if (variables.problem() != null) {
				Messages.reject(errors, "headerText", variables.problem());
			}
			else if (variables.count() > 1 || (variables.count() == 1 && !variables.numbers().contains(1))) {
				Messages.reject(errors, "headerText", Messages.of("whatsapp.template.header.text.variables"));
			}
			else if (variables.count() == 1 && blank(form.getHeaderExample())) {
				Messages.reject(errors, "headerExample", Messages.of("whatsapp.template.header.example.required"));
			}
		}
		else if (oneOf(MEDIA, format) && !isWebAddress(form.getHeaderExample())) {
			Messages.reject(errors, "headerExample", Messages.of("whatsapp.template.header.example.media", format.toLowerCase(Locale.ROOT)));
		}
	}

	private static void checkBody(TemplateForm form, Errors errors) {
		String text = form.getBodyText();
		if (text == null || text.isBlank()) {
			Messages.reject(errors, "bodyText", Messages.of("whatsapp.template.body.required"));
			return;
		}
		if (text.length() > BODY_MAX) {
			Messages.reject(errors, "bodyText", Messages.of("whatsapp.template.body.size", BODY_MAX, text.length()));
			return;
		}
		TemplateVariables variables = TemplateVariables.of(text);
		if (variables.problem() != null) {
			Messages.reject(errors, "bodyText", variables.problem());
			return;
		}
		if (!variables.sequential()) {
			Messages.reject(errors, "bodyText", Messages.of("whatsapp.template.body.variables.gaps", variables.written()));
			return;
		}
		String trimmed = text.strip();
		if (variables.count() > 0 && (trimmed.startsWith("{{") || trimmed.endsWith("}}"))) {
			Messages.reject(errors, "bodyText", Messages.of("whatsapp.template.body.variables.at-edge"));
			return;
		}
		List<String> examples = form.getBodyExamples();
		long given = examples.stream().filter(example -> !blank(example)).count();
		if (given != variables.count() || examples.size() < variables.count()) {
			Messages.reject(errors, "bodyExamples", (variables.count() == 0) ? Messages.of("whatsapp.template.body.examples.none")
					: (given == 1) ? Messages.of("whatsapp.template.body.examples.count.one", variables.count())
					: Messages.of("whatsapp.template.body.examples.count", variables.count(), given));
			return;
		}
		for (int index = 0; index < variables.count(); index++) {
			if (blank(examples.get(index))) {
				Messages.reject(errors, "bodyExamples", Messages.of("whatsapp.template.body.example.required", index + 1));
				return;
			}
		}
	}

	private static void checkButtons(TemplateForm form, Errors errors) {
		List<ButtonForm> buttons = form.getButtons();
		int urls = 0;
		int phones = 0;
		Set<String> texts = new HashSet<>();
		for (int index = 0; index < buttons.size(); index++) {
			ButtonForm button = buttons.get(index);
			if (button.isBlank()) {
				continue;
			}
			String at = "buttons[" + index + "].";
			if (!oneOf(BUTTON_TYPES, button.getType())) {
				Messages.reject(errors, at + "type", Messages.of("whatsapp.template.button.type.required"));
				continue;
			}
			if (blank(button.getText())) {
				Messages.reject(errors, at + "text", Messages.of("whatsapp.template.button.text.required"));
			}
			else if (button.getText().length() > BUTTON_TEXT_MAX) {
				Messages.reject(errors, at + "text", Messages.of("whatsapp.template.button.text.size", BUTTON_TEXT_MAX));
			}
			else if (!texts.add(button.getText().strip())) {
				Messages.reject(errors, at + "text", Messages.of("whatsapp.template.button.text.unique"));
			}
			if ("URL".equals(button.getType())) {
				urls++;
				checkUrlButton(button, at, errors);
			}
			if ("PHONE_NUMBER".equals(button.getType())) {
				phones++;
				if (button.getPhoneNumber() == null || !PHONE.matcher(button.getPhoneNumber().strip()).matches()) {
					Messages.reject(errors, at + "phoneNumber", Messages.of("whatsapp.template.button.phone-number.pattern"));
				}
			}
		}
		if (form.filledButtons().size() > TemplateForm.MAX_BUTTONS) {
			Messages.reject(errors, "buttons", Messages.of("whatsapp.template.buttons.too-many", TemplateForm.MAX_BUTTONS));
		}
		else if (urls > URL_BUTTONS_MAX) {
			Messages.reject(errors, "buttons", Messages.of("whatsapp.template.buttons.too-many-links", URL_BUTTONS_MAX));
		}
		else if (phones > 1) {
			Messages.reject(errors, "buttons", Messages.of("whatsapp.template.buttons.too-many-phone-numbers"));
		}
	}

	private static void checkUrlButton(ButtonForm button, String at, Errors errors) {
		String url = (button.getUrl() == null) ? "" : button.getUrl().strip();
		boolean dynamic = url.endsWith("{{1}}");
		String fixedPart = dynamic ? url.substring(0, url.length() - "{{1}}".length()) : url;
		if (fixedPart.contains("{{") || fixedPart.contains("}}")) {
			Messages.reject(errors, at + "url", Messages.of("whatsapp.template.button.url.variables"));
		}
		else if (url.length() > URL_MAX || !isWebAddress(fixedPart + (dynamic ? "x" : ""))) {
			Messages.reject(errors, at + "url", Messages.of("whatsapp.template.button.url.pattern", URL_MAX));
		}
		else if (isWhatsAppLink(fixedPart)) {
			Messages.reject(errors, at + "url", Messages.of("whatsapp.template.button.url.whatsapp"));
		}
		else if (dynamic && blank(button.getExample())) {
			Messages.reject(errors, at + "example", Messages.of("whatsapp.template.button.example.required"));
		}
		else if (dynamic && !isWebAddress(TemplateFormMapping.fullUrl(url, button.getExample()))) {
			Messages.reject(errors, at + "example", Messages.of("whatsapp.template.button.example.spaces"));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static int length(String value) {
		return (value == null) ? 0 : value.length();
	}

	private static boolean isWebAddress(String value) {
		if (blank(value)) {
			return false;
		}
		try {
			URI uri = new URI(value.strip());
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static boolean isWhatsAppLink(String url) {
		try {
			String host = new URI(url.strip()).getHost().toLowerCase(Locale.ROOT);
			return host.equals("wa.me") || host.endsWith(".wa.me") || host.equals("whatsapp.com") || host.endsWith(".whatsapp.com");
		}
		catch (URISyntaxException | RuntimeException ex) {
			return false;
		}
	}

}
