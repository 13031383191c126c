package com.provisioningportal.portal.rcs;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.rcs.RcsLaunchQuestions;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The launch questionnaire: the questions Sinch asks for the sender's use case and countries, and the answers. */
@Controller
@RequestMapping(RcsPages.BASE)
class RcsQuestionnaireController implements AccessRules {

	private final RcsSenderLookup senders;

	private final RcsSenderChanges changes;

	RcsQuestionnaireController(RcsSenderLookup senders, RcsSenderChanges changes) {
		this.senders = senders;
		this.changes = changes;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(RcsPages.BASE + "/{senderId}/questionnaire", Access.CHANNELS_CHANGE));
	}

	@GetMapping("/{senderId}/questionnaire")
	@SinchPage("rcs/questionnaire")
	String form(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId, Model model) {
		RcsSender sender = read(projectId, senderId);
		model.addAttribute("form", QuestionnaireForm.of((sender.details() != null) ? sender.details().questionnaire() : null));
		return view(sender, senders.launchQuestions(projectId, sender), model);
	}

	@PostMapping("/{senderId}/questionnaire")
	@SinchPage("rcs/questionnaire")
	String save(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@ModelAttribute("form") QuestionnaireForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		RcsSender sender = read(projectId, senderId);
		RcsLaunchQuestions questions = senders.launchQuestions(projectId, sender);
		form.validate(questions, result);
		if (result.hasErrors()) {
			return view(sender, questions, model);
		}
		try {
			changes.answerQuestionnaire(projectId, sender, form.toQuestionnaire(questions));
			Flash.success(redirect, Messages.of("rcs.questionnaire.saved"));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachable(Messages.of("sinch.nothing-changed")),
					refused -> SinchFailures.Advice.form(SinchFailures.flash(refused, RcsRefusals::nextStep)));
			return view(sender, questions, model);
		}
	}

	private RcsSender read(String projectId, String senderId) {
		return senders.find(projectId, senderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String view(RcsSender sender, RcsLaunchQuestions questions, Model model) {
		model.addAttribute("sender", sender);
		model.addAttribute("parts", questions.parts().entrySet().stream().map(RcsQuestionnaireController::part).toList());
		return "rcs/questionnaire";
	}

	private static Part part(Map.Entry<String, Map<String, RcsLaunchQuestions.Question>> part) {
		String legend = switch (part.getKey()) {
			case QuestionnaireForm.GENERAL -> "About the sender";
			case QuestionnaireForm.VERIFICATION -> "Who at the brand confirms the launch";
			default -> "Questions of " + part.getKey().toUpperCase(Locale.ROOT);
		};
		List<Question> questions = part.getValue().entrySet().stream().map(question -> new Question(
				QuestionnaireForm.key(part.getKey(), question.getKey()), part.getKey() + "-" + question.getKey(),
				question.getValue().question(),
				(question.getValue().suggestedAnswers() != null) ? question.getValue().suggestedAnswers() : List.of(),
				part.getKey().equals(QuestionnaireForm.GENERAL))).toList();
		return new Part(part.getKey(), legend, questions);
	}

	/** One part of the questionnaire as the form shows it. */
	record Part(String name, String legend, List<Question> questions) {

	}

	/**
	 * One question: its key in the form's answers, the id of its field, Sinch's wording and suggestions, and
	 * whether the answer is a text of several lines.
	 */
	record Question(String key, String id, String text, List<String> suggestions, boolean multiline) {

	}

}
