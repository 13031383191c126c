package com.provisioningportal.portal.whatsapp;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.Template;
import com.provisioningportal.portal.gateway.TemplateFilter;
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
import org.springframework.web.util.UriUtils;

/** A project's WhatsApp templates, read live from Sinch; created, edited and deleted through audited changes. */
@Controller
@RequestMapping("/projects/{projectId}/whatsapp/templates")
class TemplateController implements AccessRules {

	/** The template states Sinch filters by ({@code filterStates}). */
	static final List<String> FILTER_STATES = List.of("APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED");

	/** The pending-change statuses Sinch filters by ({@code filterStatuses}). */
	static final List<String> FILTER_STATUSES = List.of("DRAFT", "IN_PROGRESS", "REJECTED");

	static final int PAGE_SIZE = 20;

	/** Blank button rows the form offers below the filled ones. */
	private static final int BLANK_BUTTON_ROWS = 3;

	private static final String BASE = "/projects/{projectId}/whatsapp/templates";

	private final Templates templates;

	private final TemplateChanges changes;

	private final OneTimeForms forms;

	private final TemplateCategoryNotices notices;

	private final CallbackNews news;

	private final Clock clock;

	TemplateController(Templates templates, TemplateChanges changes, OneTimeForms forms,
			TemplateCategoryNotices notices, CallbackNews news, Clock clock) {
		this.templates = templates;
		this.changes = changes;
		this.forms = forms;
		this.notices = notices;
		this.news = news;
		this.clock = clock;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(BASE, Access.CHANNELS_READ), AccessRule.post(BASE, Access.CHANNELS_CHANGE),
				AccessRule.get(BASE + "/new", Access.CHANNELS_CHANGE),
				AccessRule.post(BASE + "/{name}/delete", Access.CHANNELS_CHANGE),
				AccessRule.get(BASE + "/{name}/{language}", Access.CHANNELS_READ),
				AccessRule.get(BASE + "/{name}/{language}/status", Access.CHANNELS_READ),
				AccessRule.get(BASE + "/{name}/{language}/edit", Access.CHANNELS_CHANGE),
				AccessRule.post(BASE + "/{name}/{language}/*", Access.CHANNELS_CHANGE));
	}

	// --- list

	@GetMapping
	@SinchPage(value = "whatsapp/templates", emptyLists = "templates")
	String list(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(name = "status", required = false) List<String> statuses,
			@RequestParam(name = "name", required = false) String namePrefix,
			@RequestParam(required = false) String pageToken, Model model) {
		List<String> chosenStates = chosen(states, FILTER_STATES);
		List<String> chosenStatuses = chosen(statuses, FILTER_STATUSES);
		String prefix = (namePrefix == null || namePrefix.isBlank()) ? null : namePrefix.strip();
		model.addAttribute("states", FILTER_STATES);
		model.addAttribute("statuses", FILTER_STATUSES);
		model.addAttribute("chosenStates", Set.copyOf(chosenStates));
		model.addAttribute("chosenStatuses", Set.copyOf(chosenStatuses));
		model.addAttribute("namePrefix", prefix);
		model.addAttribute("filtered", prefix != null || !chosenStates.isEmpty() || !chosenStatuses.isEmpty());
		Page<Template> page = templates.list(projectId, new TemplateFilter(chosenStates, chosenStatuses, prefix), pageToken,
				PAGE_SIZE);
		model.addAttribute("templates", page.items());
		model.addAttribute("totalSize", page.totalSize());
		model.addAttribute("nextUrl", pageUrl(project, chosenStates, chosenStatuses, prefix, page.nextPageToken()));
		model.addAttribute("previousUrl", (pageToken == null || pageToken.isBlank()) ? null
				: pageUrl(project, chosenStates, chosenStatuses, prefix,
						(page.previousPageToken() != null) ? page.previousPageToken() : ""));
		return "whatsapp/templates";
	}

	// --- create

	/** The create page; {@code name} and {@code category} prefill it when a language is added to a template. */
	@GetMapping("/new")
	String newTemplate(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) String category, Model model) {
		TemplateForm form = new TemplateForm();
		form.setName(name);
		form.setCategory(TemplateRules.oneOf(TemplateRules.CATEGORIES, category) ? category : null);
		form.setSubmissionToken(OneTimeForms.newToken());
		return createPage(form, model);
	}

	@PostMapping
	String create(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute("form") TemplateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		TemplateRules.check(form, result, true);
		if (form.getSubmissionToken() == null || form.getSubmissionToken().isBlank()) {
			result.reject("token", "This form was not opened from the portal's create page: check it and send it again.");
		}
		if (result.hasErrors()) {
			if (form.getSubmissionToken() == null || form.getSubmissionToken().isBlank()) {
				form.setSubmissionToken(OneTimeForms.newToken());
			}
			return createPage(form, model);
		}
		OneTimeForms.Claim claim = forms.claimOnce(form.getSubmissionToken());
		if (claim.alreadySent()) {
			Flash.success(redirect, "This form was already sent, so nothing more was created. Here is the template.");
			return (claim.resultPath() != null) ? "redirect:" + claim.resultPath()
					: detailRedirect(projectId, form.getName(), form.getLanguage());
		}
		try {
			Template created = changes.create(new TemplateChanges.Create(projectId, form.getName(), form.getLanguage(),
					form.getCategory(), form.isSubmit(), form.isAllowCategoryChange(), TemplateRules.components(form)));
			forms.remember(form.getSubmissionToken(), detailPath(projectId, created.name(), created.language()));
			Flash.success(redirect, form.isSubmit()
					? "Template " + label(created) + " sent to Meta for review. Its page shows Meta's decision as soon as Sinch has it."
					: "Draft " + label(created) + " saved at Sinch. Nothing goes to Meta until you submit it.");
			return detailRedirect(projectId, created.name(), created.language());
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachableMaybeDone(
					"the template may or may not have been created", "the list of templates"),
					refused -> TemplateErrors.advice(refused, form.getCategory()));
		}
		// Sinch refused or did not answer: a new token lets the person send the corrected form.
		form.setSubmissionToken(OneTimeForms.newToken());
		return createPage(form, model);
	}

	private String createPage(TemplateForm form, Model model) {
		form.padButtons(BLANK_BUTTON_ROWS);
		form.padExamples();
		model.addAttribute("form", form);
		model.addAttribute("creating", true);
		formChoices(model);
		return "whatsapp/template-form";
	}

	// --- detail

	@GetMapping("/{name}/{language}")
	@SinchPage("whatsapp/template")
	String detail(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("language", language);
		Template template = existing(projectId, name, language);
		model.addAttribute("template", template);
		model.addAttribute("underReview", TemplateStatus.underReview(template));
		model.addAttribute("categoryNotice", notices.of(projectId, name, language).orElse(null));
		model.addAttribute("newsSince", clock.millis());
		model.addAttribute("live", TemplateMessage.of(template.details()));
		model.addAttribute("pending", (template.changes() != null && template.changes().details() != null)
				? TemplateMessage.of(template.changes().details()) : null);
		model.addAttribute("activities", templates.activities(projectId, name, language));
		model.addAttribute("otherLanguages", templates.otherLanguages(projectId, template));
		return "whatsapp/template";
	}

	/**
	 * The template's state, category and quality, polled by its page while Meta reviews it, so the decision shows
	 * without a reload. Once settled the page asks with {@code since}, and only a callback about the template since
	 * then (Meta rating it, or announcing a new category) makes this ask Sinch again.
	 */
	@GetMapping("/{name}/{language}/status")
	ModelAndView status(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language,
			@RequestParam(required = false) Long since, HttpServletResponse response) {
		long renderedAt = clock.millis();
		return StatusPoll.answer(response, news.nothingSince(projectId, "whatsapp-template", name + "/" + language, since),
				Templates::gone, () -> {
					Template template = templates.get(projectId, name, language);
					Map<String, Object> model = new HashMap<>(Map.of("project", project, "template", template,
							"underReview", TemplateStatus.underReview(template), "newsSince", renderedAt));
					notices.of(projectId, name, language).ifPresent(notice -> model.put("categoryNotice", notice));
					return new ModelAndView("whatsapp/template :: status", model);
				});
	}

	// --- edit

	/** The edit page; when the template cannot be read it shows Sinch's answer, and no form to lose work in. */
	@GetMapping("/{name}/{language}/edit")
	@SinchPage("whatsapp/template-form")
	String editPage(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("language", language);
		model.addAttribute("creating", false);
		Template template = existing(projectId, name, language);
		TemplateRules.Editable editable = TemplateRules.editable(template);
		model.addAttribute("notEditable", editable.reason());
		TemplateForm form = editable.form();
		if (form == null) {
			form = new TemplateForm();
			form.setName(template.name());
			form.setLanguage(template.language());
		}
		return editPage(template, form, model);
	}

	@PostMapping("/{name}/{language}/edit")
	String edit(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language,
			@ModelAttribute("form") TemplateForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		form.setName(name);
		form.setLanguage(language);
		Template before;
		try {
			before = existing(projectId, name, language);
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachable("nothing was changed"),
					refused -> TemplateErrors.advice(refused, form.getCategory()));
			return editPage(null, form, model);
		}
		TemplateRules.check(form, result, false);
		if (result.hasErrors()) {
			return editPage(before, form, model);
		}
		try {
			Template updated = changes.edit(new TemplateChanges.Edit(projectId, name, language, form.getCategory(),
					form.isSubmit(), form.isAllowCategoryChange(), TemplateRules.components(form)), before);
			Flash.success(redirect, form.isSubmit()
					? "Changes to " + label(updated) + " sent to Meta for review."
							+ ("APPROVED".equals(before.state()) ? " The approved version stays in use until Meta approves them." : "")
					: "Changes to " + label(updated) + " saved as a draft at Sinch. Nothing goes to Meta until you submit them.");
			return detailRedirect(projectId, name, language);
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachableMaybeDone(
					"the changes may or may not have been saved", "the template's page"),
					refused -> TemplateErrors.advice(refused, before.category()));
		}
		return editPage(before, form, model);
	}

	/** The edit page; {@code template} is Sinch's current version, {@code null} when it could not be read. */
	private String editPage(Template template, TemplateForm form, Model model) {
		form.padButtons(BLANK_BUTTON_ROWS);
		form.padExamples();
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("creating", false);
		model.addAttribute("name", form.getName());
		model.addAttribute("language", form.getLanguage());
		formChoices(model);
		return "whatsapp/template-form";
	}

	// --- delete

	/**
	 * Deletes one language. {@code deleteSubmitted} false discards what is not submitted (a draft, or pending
	 * changes); true also removes the template Meta has, blocking its name in this language for four weeks.
	 */
	@PostMapping("/{name}/{language}/delete")
	String deleteLanguage(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language,
			@RequestParam(defaultValue = "") String confirmation, @RequestParam(defaultValue = "false") boolean deleteSubmitted,
			RedirectAttributes redirect) {
		Optional<Template> template = SinchFailures.attempt(redirect, TemplateErrors::nextStep,
				() -> templates.get(projectId, name, language));
		if (template.isEmpty()) {
			return detailRedirect(projectId, name, language);
		}
		if (!name.equals(confirmation.strip())) {
			Flash.error(redirect, "Nothing was deleted: type the template's name exactly as shown (" + name + ") to confirm.");
			return detailRedirect(projectId, name, language);
		}
		boolean submitted = template.get().state() != null;
		boolean wholeLanguage = deleteSubmitted || !submitted;
		if (!SinchFailures.attempt(redirect, TemplateErrors::nextStep,
				() -> changes.deleteLanguage(projectId, template.get(), deleteSubmitted))) {
			return detailRedirect(projectId, name, language);
		}
		if (!wholeLanguage) {
			Flash.success(redirect, "Pending changes of " + name + " (" + language + ") discarded. The version Meta approved stays in use.");
			return detailRedirect(projectId, name, language);
		}
		Flash.success(redirect, submitted
				? name + " (" + language + ") deleted. Meta keeps delivering messages already sent, and the name cannot be used in "
						+ language + " again for four weeks."
				: "Draft " + name + " (" + language + ") deleted.");
		return "redirect:/projects/" + projectId + "/whatsapp/templates";
	}

	/** Deletes every language of a template; the name is blocked for 30 days. */
	@PostMapping("/{name}/delete")
	String deleteTemplate(@PathVariable String projectId, ProjectSummary project, @PathVariable String name,
			@RequestParam(defaultValue = "") String confirmation, @RequestParam(required = false) String from,
			RedirectAttributes redirect) {
		String back = TemplateRules.oneOf(TemplateRules.LANGUAGES, from) ? detailRedirect(projectId, name, from)
				: "redirect:/projects/" + projectId + "/whatsapp/templates";
		if (!name.equals(confirmation.strip())) {
			Flash.error(redirect, "Nothing was deleted: type the template's name exactly as shown (" + name + ") to confirm.");
			return back;
		}
		if (!SinchFailures.attempt(redirect, TemplateErrors::nextStep, () -> changes.deleteTemplate(projectId, name))) {
			return back;
		}
		Flash.success(redirect, "Template " + name + " deleted in every language. The name cannot be used again for 30 days.");
		return "redirect:/projects/" + projectId + "/whatsapp/templates";
	}

	// --- helpers

	/** The template of the address; the not-found page when Sinch has no such template. */
	private Template existing(String projectId, String name, String language) {
		return templates.find(projectId, name, language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void formChoices(Model model) {
		model.addAttribute("languages", TemplateRules.LANGUAGES);
		model.addAttribute("categories", TemplateRules.CATEGORIES);
		model.addAttribute("headerFormats", TemplateRules.HEADER_FORMATS);
		model.addAttribute("buttonTypes", TemplateRules.BUTTON_TYPES);
		model.addAttribute("limits", Map.of("header", TemplateRules.HEADER_MAX, "body", TemplateRules.BODY_MAX, "footer",
				TemplateRules.FOOTER_MAX, "button", TemplateRules.BUTTON_TEXT_MAX));
	}

	private static String label(Template template) {
		return template.name() + " (" + template.language() + ")";
	}

	private static String detailRedirect(String projectId, String name, String language) {
		return "redirect:" + detailPath(projectId, name, language);
	}

	private static String detailPath(String projectId, String name, String language) {
		return "/projects/" + projectId + "/whatsapp/templates/" + UriUtils.encodePathSegment(name, "UTF-8") + "/"
				+ UriUtils.encodePathSegment(language, "UTF-8");
	}

	private static List<String> chosen(List<String> values, List<String> allowed) {
		return (values == null) ? List.of() : values.stream().filter(value -> TemplateRules.oneOf(allowed, value)).distinct().toList();
	}

	private static String pageUrl(ProjectSummary project, List<String> states, List<String> statuses, String prefix,
			String token) {
		if (token == null) {
			return null;
		}
		return PageUrl.of(BASE, project.projectId())
			.params("state", states)
			.params("status", statuses)
			.param("name", prefix)
			.param("pageToken", token)
			.toString();
	}

}
