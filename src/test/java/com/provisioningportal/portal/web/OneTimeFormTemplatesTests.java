package com.provisioningportal.portal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every form that carries a one-time token carries it as {@code formToken}, the one name the controllers read. */
class OneTimeFormTemplatesTests {

	private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*\"([^\"]*)\"");

	@Test
	void everyTokenFieldOfTheTemplatesIsCalledFormToken() throws IOException {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
		assertThat(templates).as("the templates are on the class path").isNotEmpty();
		List<String> tokenFields = new ArrayList<>();
		List<String> otherNames = new ArrayList<>();
		for (Resource template : templates) {
			Matcher input = INPUT.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (input.find()) {
				String name = tokenFieldName(input.group());
				if (name != null) {
					tokenFields.add(template.getFilename() + ": " + input.group());
					if (!name.equals("formToken")) {
						otherNames.add(template.getFilename() + ": " + input.group());
					}
				}
			}
		}
		assertThat(tokenFields).as("the forms with a one-time token were found").hasSizeGreaterThanOrEqualTo(5);
		assertThat(otherNames).isEmpty();
	}

	@Test
	void aTokenUnderAnotherNameIsFound() {
		assertThat(tokenFieldName("<input type=\"hidden\" th:field=\"*{token}\">")).isEqualTo("token");
		assertThat(tokenFieldName("<input type=\"hidden\" name=\"submissionToken\" th:value=\"${commentToken}\">"))
			.isEqualTo("submissionToken");
		assertThat(tokenFieldName("<input type=\"hidden\" name=\"key\" th:value=\"${commentToken}\">")).isEqualTo("key");
		assertThat(tokenFieldName("<input type=\"hidden\" th:field=\"*{formToken}\">")).isEqualTo("formToken");
		assertThat(tokenFieldName("<input type=\"hidden\" name=\"nonce\" th:value=\"${nonce}\">")).isNull();
	}

	/**
	 * The name an input is sent under when its name or value speaks of a token (the CSRF token aside, which Spring
	 * Security adds and reads itself); null for any other input.
	 */
	private static String tokenFieldName(String input) {
		String name = null;
		boolean token = false;
		Matcher attribute = ATTRIBUTE.matcher(input);
		while (attribute.find()) {
			String key = attribute.group(1).toLowerCase(Locale.ROOT);
			String value = attribute.group(2);
			if (key.equals("name") || key.equals("th:name")) {
				name = value;
			}
			else if (key.equals("th:field")) {
				name = value.replaceAll("^\\*\\{|}$", "");
			}
			if (List.of("name", "th:name", "th:field", "value", "th:value").contains(key)
					&& value.toLowerCase(Locale.ROOT).contains("token") && !value.contains("_csrf")) {
				token = true;
			}
		}
		return token ? name : null;
	}

}
