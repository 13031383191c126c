package com.provisioningportal.portal.rcs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.provisioningportal.portal.gateway.rcs.RcsLaunchQuestions;
import com.provisioningportal.portal.gateway.rcs.RcsQuestionnaire;
import com.provisioningportal.portal.web.Messages;

import org.springframework.validation.BindingResult;

/**
 * The launch questionnaire's answers, keyed {@code part.question} ({@code general.optInDescription},
 * {@code gb.brandIndustry}). Only the questions Sinch asks for the sender's use case and countries are kept;
 * unanswered ones are left out, and the launch says which Sinch still needs.
 */
class QuestionnaireForm {

	static final String GENERAL = "general";

	static final String VERIFICATION = "verification";

	static final String VIDEOS = "videoUris";

	private static final int MAX_ANSWER = 4096;

	private static final Pattern URL = Pattern.compile("https?://\\S{1,2040}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private Map<String, String> answers = new LinkedHashMap<>();

	/** The form filled with what the sender has now. */
	static QuestionnaireForm of(RcsQuestionnaire current) {
		QuestionnaireForm form = new QuestionnaireForm();
		if (current == null) {
			return form;
		}
		RcsQuestionnaire.General general = current.general();
		if (general != null) {
			form.put(GENERAL, "optInDescription", general.optInDescription());
			form.put(GENERAL, "triggerDescription", general.triggerDescription());
			form.put(GENERAL, "interactionsDescription", general.interactionsDescription());
			form.put(GENERAL, "optOutDescription", general.optOutDescription());
			form.put(GENERAL, VIDEOS, (general.videoUris() != null) ? String.join("\n", general.videoUris()) : null);
		}
		RcsQuestionnaire.Verification verification = current.verification();
		if (verification != null) {
			form.put(VERIFICATION, "name", verification.name());
			form.put(VERIFICATION, "email", verification.email());
			form.put(VERIFICATION, "title", verification.title());
			form.put(VERIFICATION, "website", verification.website());
		}
		current.countries().forEach((country, countryAnswers) -> countryAnswers
			.forEach((question, answer) -> form.put(country, question, answer)));
		return form;
	}

	static String key(String part, String question) {
		return part + "." + question;
	}

	/** Each answer's length, and the address, website and video links where the question asks for one. */
	void validate(RcsLaunchQuestions questions, BindingResult result) {
		questions.parts().forEach((part, asked) -> asked.keySet().forEach(question -> {
			String key = key(part, question);
			String answer = answer(part, question);
			String field = "answers[" + key + "]";
			if (answer == null) {
				return;
			}
			if (answer.length() > MAX_ANSWER) {
				Messages.reject(result, field, Messages.of("rcs.questionnaire.answer.size", MAX_ANSWER));
			}
			else if (key.equals(key(VERIFICATION, "email")) && !EMAIL.matcher(answer).matches()) {
				Messages.reject(result, field, Messages.of("rcs.sender.email.format"));
			}
			else if ((key.equals(key(VERIFICATION, "website")) && !URL.matcher(answer).matches())
					|| (key.equals(key(GENERAL, VIDEOS)) && videos().stream().anyMatch(video -> !URL.matcher(video).matches()))) {
				Messages.reject(result, field, Messages.of("rcs.sender.url.format"));
			}
		}));
	}

	/** The answers of the parts Sinch asks, as Sinch takes them; a part with no answer is not sent. */
	RcsQuestionnaire toQuestionnaire(RcsLaunchQuestions questions) {
		RcsQuestionnaire.General general = new RcsQuestionnaire.General(answer(GENERAL, "optInDescription"),
				answer(GENERAL, "triggerDescription"), answer(GENERAL, "interactionsDescription"),
				answer(GENERAL, "optOutDescription"), videos().isEmpty() ? null : videos());
		RcsQuestionnaire.Verification verification = new RcsQuestionnaire.Verification(answer(VERIFICATION, "name"),
				answer(VERIFICATION, "email"), answer(VERIFICATION, "title"), answer(VERIFICATION, "website"));
		Map<String, Map<String, String>> countries = new LinkedHashMap<>();
		questions.parts().forEach((part, asked) -> {
			if (part.equals(GENERAL) || part.equals(VERIFICATION)) {
				return;
			}
			Map<String, String> given = new LinkedHashMap<>();
			asked.keySet().forEach(question -> {
				if (answer(part, question) != null) {
					given.put(question, answer(part, question));
				}
			});
			if (!given.isEmpty()) {
				countries.put(part, given);
			}
		});
		return new RcsQuestionnaire(general.equals(new RcsQuestionnaire.General(null, null, null, null, null)) ? null : general,
				verification.equals(new RcsQuestionnaire.Verification(null, null, null, null)) ? null : verification,
				countries);
	}

	/** The video links, one a line. */
	private List<String> videos() {
		String typed = answer(GENERAL, VIDEOS);
		List<String> videos = new ArrayList<>();
		if (typed != null) {
			typed.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(videos::add);
		}
		return videos;
	}

	/** The trimmed answer, or null when there is none. */
	private String answer(String part, String question) {
		String answer = answers.get(key(part, question));
		return (answer == null || answer.isBlank()) ? null : answer.trim();
	}

	private void put(String part, String question, String answer) {
		if (answer != null) {
			answers.put(key(part, question), answer);
		}
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = (answers != null) ? answers : new LinkedHashMap<>();
	}

}
