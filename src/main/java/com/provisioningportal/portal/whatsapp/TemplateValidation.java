package com.provisioningportal.portal.whatsapp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
				errors.rejectValue("language", "language", "Choose the template's language.");
			}
		}
		if (!oneOf(CATEGORIES, form.getCategory())) {
			errors.rejectValue("category", "category",
					"Choose Marketing or Utility. Authentication (one-time password) templates have a fixed layout this form does not build.");
		}
		checkHeader(form, errors);
		checkBody(form, errors);
		if (length(form.getFooterText()) > FOOTER_MAX) {
			errors.rejectValue("footerText", "footer", "Keep the footer to " + FOOTER_MAX + " characters.");
		}
		else if (form.getFooterText() != null && form.getFooterText().contains("{{")) {
			errors.rejectValue("footerText", "footer", "A footer cannot have variables.");
		}
		checkButtons(form, errors);
	}

	private static void checkName(String name, Errors errors) {
		if (name == null || name.isBlank()) {
			errors.rejectValue("name", "name", "Enter the template's name.");
		}
		else if (name.length() > NAME_MAX) {
			errors.rejectValue("name", "name", "Keep the name to " + NAME_MAX + " characters.");
		}
		else if (!NAME.matcher(name).matches()) {
			errors.rejectValue("name", "name",
					"Use lower-case letters, digits and underscores, starting and ending with a letter or digit, such as order_update.");
		}
	}

	private static void checkHeader(TemplateForm form, Errors errors) {
		String format = form.getHeaderFormat();
		if (!oneOf(HEADER_FORMATS, format)) {
			errors.rejectValue("headerFormat", "header", "Choose what the header shows.");
			return;
		}
		if ("TEXT".equals(format)) {
			String text = form.getHeaderText();
			if (text == null || text.isBlank()) {
				errors.rejectValue("headerText", "header", "Enter the header's text, or choose no header.");
				return;
			}
			if (text.length() > HEADER_MAX) {
				errors.rejectValue("headerText", "header", "Keep the header to " + HEADER_MAX + " characters.");
				return;
			}
			TemplateVariables variables = TemplateVariables.of(text);
			if (variables.problem() != null) {
				errors.rejectValue("headerText", "header", variables.problem());
			}
			else if (variables.count() > 1 || (variables.count() == 1 && !variables.numbers().contains(1))) {
				errors.rejectValue("headerText", "header", "A header may have one variable, written {{1}}.");
			}
			else if (variables.count() == 1 && blank(form.getHeaderExample())) {
				errors.rejectValue("headerExample", "header", "Give an example of {{1}} so Meta can review the header.");
			}
		}
		else if (oneOf(MEDIA, format) && !isWebAddress(form.getHeaderExample())) {
			errors.rejectValue("headerExample", "header", "Give the https:// address of a sample "
					+ format.toLowerCase(Locale.ROOT) + " for Meta's review.");
		}
	}

	private static void checkBody(TemplateForm form, Errors errors) {
		String text = form.getBodyText();
		if (text == null || text.isBlank()) {
			errors.rejectValue("bodyText", "body", "Enter the message's text.");
			return;
		}
		if (text.length() > BODY_MAX) {
			errors.rejectValue("bodyText", "body", "Keep the text to " + BODY_MAX + " characters (it has " + text.length() + ").");
			return;
		}
		TemplateVariables variables = TemplateVariables.of(text);
		if (variables.problem() != null) {
			errors.rejectValue("bodyText", "body", variables.problem());
			return;
		}
		if (!variables.sequential()) {
			errors.rejectValue("bodyText", "body", "Number the variables from {{1}} without gaps: this text has "
					+ variables.written() + ".");
			return;
		}
		String trimmed = text.strip();
		if (variables.count() > 0 && (trimmed.startsWith("{{") || trimmed.endsWith("}}"))) {
			errors.rejectValue("bodyText", "body", "Meta does not accept a variable at the very start or end of the text: add words around it.");
			return;
		}
		List<String> examples = form.getBodyExamples();
		long given = examples.stream().filter(example -> !blank(example)).count();
		if (given != variables.count() || examples.size() < variables.count()) {
			errors.rejectValue("bodyExamples", "examples", (variables.count() == 0)
					? "The text has no variables, so leave the examples empty."
					: "Give an example for each variable: the text has " + variables.count() + ", and " + given
							+ ((given == 1) ? " example is" : " examples are") + " filled in.");
			return;
		}
		for (int index = 0; index < variables.count(); index++) {
			if (blank(examples.get(index))) {
				errors.rejectValue("bodyExamples", "examples", "Give the example of {{" + (index + 1) + "}}.");
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
				errors.rejectValue(at + "type", "button", "Choose the button's kind.");
				continue;
			}
			if (blank(button.getText())) {
				errors.rejectValue(at + "text", "button", "Enter the button's label.");
			}
			else if (button.getText().length() > BUTTON_TEXT_MAX) {
				errors.rejectValue(at + "text", "button", "Keep a button's label to " + BUTTON_TEXT_MAX + " characters.");
			}
			else if (!texts.add(button.getText().strip())) {
				errors.rejectValue(at + "text", "button", "Each button needs its own label.");
			}
			if ("URL".equals(button.getType())) {
				urls++;
				checkUrlButton(button, at, errors);
			}
			if ("PHONE_NUMBER".equals(button.getType())) {
				phones++;
				if (button.getPhoneNumber() == null || !PHONE.matcher(button.getPhoneNumber().strip()).matches()) {
					errors.rejectValue(at + "phoneNumber", "button", "Enter the number with its country code, such as +4930123456.");
				}
			}
		}
		if (form.filledButtons().size() > TemplateForm.MAX_BUTTONS) {
			errors.rejectValue("buttons", "buttons", "Meta allows at most " + TemplateForm.MAX_BUTTONS + " buttons.");
		}
		else if (urls > URL_BUTTONS_MAX) {
			errors.rejectValue("buttons", "buttons", "Meta allows at most " + URL_BUTTONS_MAX + " link buttons.");
		}
		else if (phones > 1) {
			errors.rejectValue("buttons", "buttons", "Meta allows one phone number button.");
		}
	}

	private static void checkUrlButton(ButtonForm button, String at, Errors errors) {
		String url = (button.getUrl() == null) ? "" : button.getUrl().strip();
		boolean dynamic = url.endsWith("{{1}}");
		String fixedPart = dynamic ? url.substring(0, url.length() - "{{1}}".length()) : url;
		if (fixedPart.contains("{{") || fixedPart.contains("}}")) {
			errors.rejectValue(at + "url", "button", "A link may have one variable, {{1}}, at its very end.");
		}
		else if (url.length() > URL_MAX || !isWebAddress(fixedPart + (dynamic ? "x" : ""))) {
			errors.rejectValue(at + "url", "button", "Enter an https:// or http:// address of at most " + URL_MAX + " characters.");
		}
		else if (isWhatsAppLink(fixedPart)) {
			errors.rejectValue(at + "url", "button", "Meta does not allow wa.me or whatsapp.com links in buttons.");
		}
		else if (dynamic && blank(button.getExample())) {
			errors.rejectValue(at + "example", "button", "Give an example of the link's {{1}} for Meta's review.");
		}
		else if (dynamic && !isWebAddress(TemplateFormMapping.fullUrl(url, button.getExample()))) {
			errors.rejectValue(at + "example", "button", "The example goes into the link: use no spaces.");
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
