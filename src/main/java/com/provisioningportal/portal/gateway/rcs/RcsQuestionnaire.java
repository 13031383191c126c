package com.provisioningportal.portal.gateway.rcs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The answers of the launch questionnaire. Sinch keys them by part: {@code general} (every market),
 * {@code verification} (who at the brand confirms the launch) and one part per country that asks more, named by its
 * lower-case ISO code ({@code gb}). Each part holds its {@code answers}.
 *
 * @param countries the answers of country-specific questions, by lower-case country code and then question
 */
public record RcsQuestionnaire(General general, Verification verification, Map<String, Map<String, String>> countries) {

	public RcsQuestionnaire {
		countries = (countries != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(countries)) : Map.of();
	}

	/** @param videoUris videos of the sender at work; without any, the launch waits for Sinch to add one */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record General(String optInDescription, String triggerDescription, String interactionsDescription,
			String optOutDescription, List<String> videoUris) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Verification(String name, String email, String title, String website) {

	}

	/** One part as Sinch writes it. */
	record Part(Map<String, Object> answers) {

	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static RcsQuestionnaire fromSinch(Map<String, Part> parts) {
		Map<String, Map<String, String>> countries = new LinkedHashMap<>();
		parts.forEach((name, part) -> {
			if (!name.equals("general") && !name.equals("verification") && part != null && part.answers() != null) {
				Map<String, String> answers = new LinkedHashMap<>();
				part.answers().forEach((question, answer) -> answers.put(question, (answer != null) ? answer.toString() : null));
				countries.put(name, answers);
			}
		});
		Map<String, Object> general = answers(parts.get("general"));
		Map<String, Object> verification = answers(parts.get("verification"));
		return new RcsQuestionnaire(
				(general != null) ? new General(text(general, "optInDescription"), text(general, "triggerDescription"),
						text(general, "interactionsDescription"), text(general, "optOutDescription"),
						texts(general.get("videoUris"))) : null,
				(verification != null) ? new Verification(text(verification, "name"), text(verification, "email"),
						text(verification, "title"), text(verification, "website")) : null,
				countries);
	}

	@JsonValue
	Map<String, Object> toSinch() {
		Map<String, Object> parts = new LinkedHashMap<>();
		if (general != null) {
			parts.put("general", Map.of("answers", general));
		}
		if (verification != null) {
			parts.put("verification", Map.of("answers", verification));
		}
		countries.forEach((country, answers) -> parts.put(country, Map.of("answers", answers)));
		return parts;
	}

	private static Map<String, Object> answers(Part part) {
		return (part != null) ? part.answers() : null;
	}

	private static String text(Map<String, Object> answers, String question) {
		Object answer = answers.get(question);
		return (answer != null) ? answer.toString() : null;
	}

	private static List<String> texts(Object answer) {
		return (answer instanceof List<?> items) ? items.stream().map(String::valueOf).toList() : null;
	}

}
