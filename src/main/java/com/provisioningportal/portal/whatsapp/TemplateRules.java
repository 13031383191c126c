package com.provisioningportal.portal.whatsapp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.provisioningportal.portal.gateway.Template;
import com.provisioningportal.portal.whatsapp.TemplateForm.ButtonForm;

import org.springframework.validation.Errors;

/**
 * Meta's rules for a template's parts, checked before anything is sent so a person learns at once what Meta would
 * refuse (Sinch and Meta still have the last word), and the translation between the form and Sinch's components.
 * The page's script mirrors some of these checks for its preview; this class is the authority.
 */
final class TemplateRules {

	/** Sinch's language codes (Meta's {@code en_US} is {@code EN_US}). */
	static final List<String> LANGUAGES = List.of("AF", "AR", "AZ", "BG", "BN", "CA", "CS", "DA", "DE", "EL", "EN",
			"EN_GB", "EN_US", "ES", "ES_AR", "ES_ES", "ES_MX", "ES_UY", "ET", "FA", "FI", "FIL", "FR", "GA", "GU", "HA",
			"HE", "HI", "HR", "HU", "ID", "IT", "JA", "KA", "KK", "KN", "KO", "KY_KG", "LO", "LT", "LV", "MK", "ML", "MR",
			"MS", "NB", "NL", "PA", "PL", "PT_BR", "PT_PT", "RO", "RU", "RW_RW", "SK", "SL", "SQ", "SR", "SV", "SW", "TA",
			"TE", "TH", "TR", "UK", "UR", "UZ", "VI", "ZH_CN", "ZH_HK", "ZH_TW", "ZU");

	/** The categories this form builds; authentication templates have Meta's fixed one-time-password layout. */
	static final List<String> CATEGORIES = List.of("MARKETING", "UTILITY");

	static final List<String> HEADER_FORMATS = List.of("NONE", "TEXT", "IMAGE", "VIDEO", "DOCUMENT", "LOCATION");

	static final List<String> BUTTON_TYPES = List.of("QUICK_REPLY", "URL", "PHONE_NUMBER");

	static final Pattern NAME = Pattern.compile("^[a-z0-9][a-z0-9_]*[a-z0-9]$");

	static final int NAME_MAX = 512;

	static final int HEADER_MAX = 60;

	static final int BODY_MAX = 1024;

	static final int FOOTER_MAX = 60;

	static final int BUTTON_TEXT_MAX = 25;

	static final int URL_MAX = 2000;

	static final int URL_BUTTONS_MAX = 2;

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

	private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]*");

	private static final Pattern PHONE = Pattern.compile("^\\+[1-9][0-9]{6,19}$");

	private static final Set<String> MEDIA = Set.of("IMAGE", "VIDEO", "DOCUMENT");

	private TemplateRules() {
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
			Variables variables = Variables.of(text);
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
		Variables variables = Variables.of(text);
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
		else if (dynamic && !isWebAddress(fullUrl(url, button.getExample()))) {
			errors.rejectValue(at + "example", "button", "The example goes into the link: use no spaces.");
		}
	}

	/** Sinch's components for what the form says; call only once {@link #check} found nothing. */
	static List<Map<String, Object>> components(TemplateForm form) {
		List<Map<String, Object>> components = new ArrayList<>();
		String format = form.getHeaderFormat();
		if ("TEXT".equals(format)) {
			Map<String, Object> header = component("HEADER");
			header.put("format", "TEXT");
			header.put("text", form.getHeaderText().strip());
			if (Variables.of(form.getHeaderText()).count() == 1) {
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
		int variables = Variables.of(form.getBodyText()).count();
		if (variables > 0) {
			body.put("examples", form.getBodyExamples().subList(0, variables).stream().map(String::strip).toList());
		}
		components.add(body);
		if (!blank(form.getFooterText())) {
			Map<String, Object> footer = component("FOOTER");
			footer.put("text", form.getFooterText().strip());
			components.add(footer);
		}
		List<Map<String, Object>> buttons = form.filledButtons().stream().map(TemplateRules::button).toList();
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
	static Editable editable(Template template) {
		if (!oneOf(CATEGORIES, template.category())) {
			return Editable.not("It is an authentication template, whose one-time-password layout this form does not build.");
		}
		if (Boolean.TRUE.equals(template.metaGenerated())) {
			return Editable.not("Meta generated it, and Sinch does not let such templates change.");
		}
		Template.Details details = (template.changes() != null && template.changes().details() != null)
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

	/** The {@code {{n}}} variables of a text, and what is wrong with how they are written. */
	record Variables(Set<Integer> numbers, String problem, String written) {

		static Variables of(String text) {
			if (text == null) {
				return new Variables(Set.of(), null, "");
			}
			Set<Integer> numbers = new TreeSet<>();
			List<String> written = new ArrayList<>();
			Matcher matcher = PLACEHOLDER.matcher(text);
			while (matcher.find()) {
				String inside = matcher.group(1);
				if (!NUMBER.matcher(inside).matches()) {
					return new Variables(Set.of(), "Write variables as {{1}}, {{2}} and so on: " + matcher.group()
							+ " is not one.", "");
				}
				numbers.add(Integer.valueOf(inside));
				written.add(matcher.group());
			}
			String rest = PLACEHOLDER.matcher(text).replaceAll("");
			if (rest.contains("{{") || rest.contains("}}")) {
				return new Variables(Set.of(), "A variable is not closed: write it as {{1}}.", "");
			}
			return new Variables(numbers, null, String.join(", ", written.stream().distinct().toList()));
		}

		int count() {
			return numbers.size();
		}

		boolean sequential() {
			int expected = 1;
			for (int number : numbers) {
				if (number != expected++) {
					return false;
				}
			}
			return true;
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
	private static String fullUrl(String url, String value) {
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

	/** Whether a value is one of the choices (immutable collections refuse to look for null). */
	static boolean oneOf(java.util.Collection<String> choices, String value) {
		return value != null && choices.contains(value);
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
