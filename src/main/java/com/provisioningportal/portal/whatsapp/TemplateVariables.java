package com.provisioningportal.portal.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

/** The {@code {{n}}} variables of a template's text, and what is wrong with how they are written. */
record TemplateVariables(Set<Integer> numbers, MessageSourceResolvable problem, String written) {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^{}]*)}}");

	private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]*");

	static TemplateVariables of(String text) {
		if (text == null) {
			return new TemplateVariables(Set.of(), null, "");
		}
		Set<Integer> numbers = new TreeSet<>();
		List<String> written = new ArrayList<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			String inside = matcher.group(1);
			if (!NUMBER.matcher(inside).matches()) {
				return new TemplateVariables(Set.of(),
						Messages.of("whatsapp.template.variable.not-a-number", matcher.group()), "");
			}
			numbers.add(Integer.valueOf(inside));
			written.add(matcher.group());
		}
		String rest = PLACEHOLDER.matcher(text).replaceAll("");
		if (rest.contains("{{") || rest.contains("}}")) {
			return new TemplateVariables(Set.of(), Messages.of("whatsapp.template.variable.not-closed"), "");
		}
		return new TemplateVariables(numbers, null, String.join(", ", written.stream().distinct().toList()));
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
