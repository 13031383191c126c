package com.provisioningportal.portal.whatsapp;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.Activity;
import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.Sender;
import com.provisioningportal.portal.gateway.SenderRegistration;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.PageUrl;
import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.webhooks.CallbackNews;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's WhatsApp senders, read live from Sinch. */
@Controller
@RequestMapping("/projects/{projectId}/whatsapp/senders")
class SenderController implements AccessRules {

	/** The states Sinch lets the list be filtered by. */
	static final List<String> FILTER_STATES = List.of("ACTIVE", "IN_PROGRESS", "PENDING_VERIFICATION", "ERROR", "INACTIVE",
			"SUSPENDED");

	static final int PAGE_SIZE = 20;

	private final Senders senders;

	private final SenderChanges changes;

	private final OneTimeForms forms;

	private final CallbackNews news;

	private final Clock clock;

	SenderController(Senders senders, SenderChanges changes,
			OneTimeForms forms, CallbackNews news, Clock clock) {
		this.news = news;
		this.clock = clock;
		this.senders = senders;
		this.changes = changes;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/whatsapp/senders", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/senders/{senderId}", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/senders/{senderId}/status", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/senders/{senderId}/edit", Access.CHANNELS_CHANGE),
				AccessRule.post("/projects/{projectId}/whatsapp/senders/{senderId}/*", Access.CHANNELS_CHANGE));
	}

	@GetMapping
	@SinchPage(value = "whatsapp/senders", emptyLists = "senders")
	String list(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(required = false) String pageToken, Model model) {
		listModel(project, states, pageToken, model);
		return "whatsapp/senders";
	}

	/**
	 * The list's rows alone, which the list page polls while any sender on it is still being set up, so a sender
	 * that turns active shows without a reload.
	 */
	@GetMapping(headers = "HX-Request=true")
	ModelAndView rows(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(required = false) String pageToken, Model model, HttpServletResponse response) {
		return StatusPoll.answer(response, false, ex -> false, () -> {
			listModel(project, states, pageToken, model);
			return new ModelAndView("whatsapp/senders :: rows", model.asMap());
		});
	}

	private void listModel(ProjectSummary project, List<String> states, String pageToken, Model model) {
		String projectId = project.projectId();
		List<String> chosen = (states == null) ? List.of() : states.stream().filter(FILTER_STATES::contains).distinct().toList();
		model.addAttribute("states", FILTER_STATES);
		model.addAttribute("chosenStates", Set.copyOf(chosen));
		model.addAttribute("thisPageUrl", pageUrl(project, chosen, (pageToken == null) ? "" : pageToken));
		Page<Sender> page = senders.list(projectId, chosen, pageToken, PAGE_SIZE);
		model.addAttribute("senders", page.items());
		model.addAttribute("anyUnderWay", page.items().stream().anyMatch(SenderController::underWay));
		model.addAttribute("totalSize", page.totalSize());
		model.addAttribute("nextUrl", pageUrl(project, chosen, page.nextPageToken()));
		model.addAttribute("previousUrl", (pageToken == null || pageToken.isBlank()) ? null
				: pageUrl(project, chosen, (page.previousPageToken() != null) ? page.previousPageToken() : ""));
	}

	@GetMapping("/{senderId}")
	@SinchPage("whatsapp/sender")
	String detail(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(required = false) String verification, Model model) {
		model.addAttribute("noCodeNeeded", "without-code".equals(verification));
		Sender sender = senders.find(projectId, senderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<Activity> activities = senders.activities(projectId, senderId);
		model.addAttribute("sender", sender);
		model.addAttribute("underWay", underWay(sender));
		model.addAttribute("activities", activities);
		model.addAttribute("comments", activities.stream().filter(activity -> activity.comment() != null).toList());
		model.addAttribute("discardable", discardable(sender));
		model.addAttribute("liveFields", SenderFields.live(sender));
		model.addAttribute("pendingFields", SenderFields.pending(sender));
		model.addAttribute("commentToken", OneTimeForms.newToken());
		model.addAttribute("newsSince", clock.millis());
		return "whatsapp/sender";
	}

	/**
	 * The sender's state alone, which the detail page polls while Sinch is still working on the sender, so a change
	 * shows without a reload. Once it is settled the page asks with {@code since}, and only a callback about the
	 * sender since then (Meta changing its quality, say) makes this ask Sinch again.
	 */
	@GetMapping("/{senderId}/status")
	ModelAndView status(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(required = false) Long since, HttpServletResponse response) {
		long renderedAt = clock.millis();
		return StatusPoll.answer(response, news.nothingSince(projectId, "whatsapp-sender", senderId, since),
				Senders::gone, () -> {
					Sender sender = senders.get(projectId, senderId);
					return new ModelAndView("whatsapp/sender :: status",
							Map.of("project", project, "sender", sender, "underWay", underWay(sender), "discardable",
									discardable(sender), "liveFields", SenderFields.live(sender), "pendingFields",
									SenderFields.pending(sender), "newsSince", renderedAt));
				});
	}

	/** Whether Sinch or Meta are still working on the sender, so its page keeps asking for news. */
	static boolean underWay(Sender sender) {
		return !SenderStatus.isSettled(SenderStatus.of(sender));
	}

	/** Sinch lets only draft, rejected or failed changes be thrown away. */
	static boolean discardable(Sender sender) {
		return sender.changes() != null && List.of("DRAFT", "REJECTED", "ERROR").contains(sender.changes().status());
	}

	@GetMapping("/{senderId}/edit")
	String editForm(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId, Model model,
			RedirectAttributes redirect) {
		Optional<Sender> sender = currentSender(projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return detailUrl(projectId, senderId);
		}
		if (!"ACTIVE".equals(sender.get().state())) {
			Flash.error(redirect, "Only an active sender's profile can be changed; this one is "
					+ StatusTone.label(sender.get().state()).toLowerCase(Locale.ROOT) + ".");
			return detailUrl(projectId, senderId);
		}
		model.addAttribute("form", ProfileForm.of(sender.get()));
		return editPage(sender.get(), model);
	}

	@PostMapping("/{senderId}/edit")
	String edit(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect) {
		Optional<Sender> sender = currentSender(projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return detailUrl(projectId, senderId);
		}
		if (form.getVertical() != null && !form.getVertical().isBlank() && !ProfileForm.VERTICALS.contains(form.getVertical())) {
			result.rejectValue("vertical", "unknown", "Choose one of the listed business categories.");
		}
		ProfileEdit edit = form.changesFrom(ProfileForm.profile(sender.get()), !"draft".equals(action));
		if (edit.isEmpty() && edit.submit()) {
			// Submitting a draft unchanged sends its fields again, now for review: Sinch needs at least one field.
			edit = ProfileEdit.submitting(sender.get());
		}
		if (!result.hasErrors() && edit.isEmpty()) {
			result.reject("unchanged", "Nothing was changed: change at least one field, or cancel.");
		}
		if (result.hasErrors()) {
			return editPage(sender.get(), model);
		}
		try {
			Sender updated = changes.editProfile(projectId, sender.get(), edit);
			Flash.success(redirect, edit.submit()
					? "Profile changes sent to Meta for review (" + fieldList(edit) + "). They show as pending until Meta decides; this page updates by itself."
					: "Profile changes saved as a draft (" + fieldList(edit) + "). Nothing was sent to Meta: submit or discard the draft when ready.");
			return detailUrl(projectId, updated.id());
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachable("nothing was changed"),
					refused -> SinchFailures.Advice.form(SinchAdvice.nextStep(refused)));
			return editPage(sender.get(), model);
		}
	}

	@PostMapping("/{senderId}/discard")
	String discard(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String senderId, RedirectAttributes redirect) {
		Optional<Sender> sender = currentSender(projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return detailUrl(projectId, senderId);
		}
		perform(redirect, () -> changes.discardChanges(projectId, sender.get()),
				"Pending changes discarded. The sender keeps its current profile.");
		return detailUrl(projectId, senderId);
	}

	private static String editPage(Sender sender, Model model) {
		model.addAttribute("sender", sender);
		model.addAttribute("verticals", ProfileForm.VERTICALS);
		model.addAttribute("displayNameUnderReview", "PENDING".equals(SenderStatus.displayNameReview(sender)));
		return "whatsapp/sender-edit";
	}

	private static String fieldList(ProfileEdit edit) {
		return String.join(", ", edit.changed().keySet().stream().map(field -> SenderFields.label(field).toLowerCase(Locale.ROOT)).toList());
	}

	@PostMapping("/{senderId}/comments")
	String comment(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String senderId, @RequestParam String comment,
			@RequestParam(required = false) String submissionToken, RedirectAttributes redirect) {
		if (comment.isBlank() || comment.length() > 1000) {
			Flash.error(redirect, "Write a comment of at most 1,000 characters.");
			return detailUrl(projectId, senderId);
		}
		if (forms.claimOnce(submissionToken).alreadySent()) {
			Flash.error(redirect, "This comment form was sent already, so nothing more was added. Look for the comment below; "
					+ "to add another, write it in the form again.");
			return detailUrl(projectId, senderId);
		}
		perform(redirect, () -> changes.comment(projectId, senderId, comment.trim()), "Comment added. Sinch's team can read it.");
		return detailUrl(projectId, senderId);
	}

	@PostMapping("/{senderId}/register")
	String requestCode(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(defaultValue = "SMS") String method, RedirectAttributes redirect) {
		String chosen = "VOICE".equals(method) ? "VOICE" : "SMS";
		Optional<SenderRegistration> registration = SinchFailures.attempt(redirect, SinchAdvice::nextStep,
				() -> changes.requestCode(projectId, senderId, chosen));
		if (registration.isPresent() && Boolean.FALSE.equals(registration.get().verificationCodeSent())) {
			Flash.success(redirect, "Meta has verified this number already, so no code was sent. Finish without a code below.");
			// In the address rather than the flash, so a reload still offers it; Sinch refuses it for other numbers.
			return detailUrl(projectId, senderId) + "?verification=without-code";
		}
		if (registration.isPresent()) {
			Flash.success(redirect, "Verification code requested by " + ("VOICE".equals(chosen) ? "voice call" : "SMS")
					+ ". Enter it below when it arrives.");
		}
		return detailUrl(projectId, senderId);
	}

	/** Sends the code; without one ({@code withoutCode}) for a number Meta has verified already, as Sinch allows. */
	@PostMapping("/{senderId}/verify")
	String verify(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(required = false) String code, @RequestParam(defaultValue = "false") boolean withoutCode,
			RedirectAttributes redirect) {
		String digits = (code == null) ? "" : code.replaceAll("[\\s-]", "");
		if (!withoutCode && !digits.matches("\\d{6}")) {
			Flash.error(redirect, "Enter the 6-digit code from the SMS or call.");
			return detailUrl(projectId, senderId);
		}
		perform(redirect, () -> changes.verify(projectId, senderId, withoutCode ? null : digits),
				withoutCode ? "Verified without a code. Sinch is now setting up the number."
						: "Code accepted. Sinch is now setting up the number.");
		return detailUrl(projectId, senderId);
	}

	@PostMapping("/{senderId}/delete")
	String delete(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String senderId, @RequestParam String confirmation,
			RedirectAttributes redirect) {
		Optional<Sender> sender = currentSender(projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return detailUrl(projectId, senderId);
		}
		String expected = phone(sender.get());
		if (!expected.equals(confirmation.trim())) {
			Flash.error(redirect, "Nothing was deleted: type the number exactly as shown (" + expected + ") to confirm.");
			return detailUrl(projectId, senderId);
		}
		boolean deleted = perform(redirect, () -> changes.delete(projectId, sender.get()),
				"Sender " + expected + " deleted. It keeps sending for 30 days, then Sinch removes it.");
		return deleted ? "redirect:/projects/" + project.projectId() + "/whatsapp/senders" : detailUrl(projectId, senderId);
	}

	static String phone(Sender sender) {
		return "+" + sender.countryCode() + " " + sender.phoneNumber();
	}

	/** Runs a change and says how it went in the next page's flash message; true when Sinch accepted it. */
	private static boolean perform(RedirectAttributes redirect, Runnable change, String done) {
		boolean made = SinchFailures.attempt(redirect, SinchAdvice::nextStep, change);
		if (made) {
			Flash.success(redirect, done);
		}
		return made;
	}

	private Optional<Sender> currentSender(String projectId, String senderId, RedirectAttributes redirect) {
		return SinchFailures.attempt(redirect, SinchAdvice::nextStep, () -> senders.get(projectId, senderId));
	}

	private static String detailUrl(String projectId, String senderId) {
		return "redirect:/projects/" + projectId + "/whatsapp/senders/" + senderId;
	}

	private static String pageUrl(ProjectSummary project, List<String> states, String token) {
		if (token == null) {
			return null;
		}
		return PageUrl.of("/projects/{projectId}/whatsapp/senders", project.projectId())
			.params("state", states)
			.param("pageToken", token)
			.toString();
	}

}
