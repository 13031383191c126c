package com.provisioningportal.portal.gateway.rcs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The launch questions Sinch asks for a use case, by questionnaire part ({@code general}, {@code verification} and
 * the lower-case code of each country with questions of its own) and then by the answer's field name.
 */
public record RcsLaunchQuestions(Map<String, Map<String, Question>> parts) {

	public RcsLaunchQuestions {
		parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
	}

	public record Question(String question, List<String> suggestedAnswers) {

	}

	record Part(Map<String, Question> questions) {

	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static RcsLaunchQuestions fromSinch(Map<String, Part> parts) {
		Map<String, Map<String, Question>> questions = new LinkedHashMap<>();
		parts.forEach((name, part) -> questions.put(name, (part != null && part.questions() != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(part.questions())) : Map.of()));
		return new RcsLaunchQuestions(questions);
	}

	public Map<String, Question> general() {
		return parts.getOrDefault("general", Map.of());
	}

	public Map<String, Question> verification() {
		return parts.getOrDefault("verification", Map.of());
	}

	/** The questions only this country asks, by its ISO code in any case; empty when it asks none. */
	public Map<String, Question> country(String code) {
		return parts.getOrDefault(code.toLowerCase(Locale.ROOT), Map.of());
	}

}
