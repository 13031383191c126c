package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.OneTimeForms.Notice;
import com.provisioningportal.portal.web.OneTimeForms.Resent;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The template form: a new template (or a new language of one), and the edit of one language, sent through audited changes. */
@Controller
@RequestMapping(TemplatePages.BASE)
class TemplateFormController implements AccessRules {

	/** Blank button rows the form offers below the filled ones. */
	private static final int BLANK_BUTTON_ROWS = 3;

	private final TemplateLookup templates;

	private final TemplateChanges changes;

	private final OneTimeForms forms;

	TemplateFormController(TemplateLookup templates, TemplateChanges changes, OneTimeForms forms) {
		this.templates = templates;
		this.changes = changes;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(TemplatePages.BASE, Access.CHANNELS_CHANGE),
				AccessRule.get(TemplatePages.BASE + "/new", Access.CHANNELS_CHANGE),
				AccessRule.get(TemplatePages.BASE + "/{name}/{language}/edit", Access.CHANNELS_CHANGE),
				AccessRule.post(TemplatePages.BASE + "/{name}/{language}/edit", Access.CHANNELS_CHANGE));
	}

	/** The create page; {@code name} and {@code category} prefill it when a language is added to a template. */
	@GetMapping("/new")
	String newTemplate(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) String category, Authentication user, Model model) {
		TemplateForm form = new TemplateForm();
		form.setName(name);
		form.setCategory(TemplateCatalogue.oneOf(TemplateCatalogue.CATEGORIES, category) ? category : null);
		form.setFormToken(forms.issue(projectId, user.getName()));
		return createPage(form, model);
	}

	@PostMapping
	String create(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute("form") TemplateForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		TemplateValidation.check(form, result, true);
		form.setFormToken(forms.submitted(form.getFormToken(), result, projectId, user.getName()));
		if (result.hasErrors()) {
			return createPage(form, model);
		}
		Optional<String> sentBefore = forms.sentBefore(form.getFormToken(), projectId, user.getName(),
				resent(projectId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		try {
			WhatsAppTemplate created = changes.create(new TemplateChanges.Create(projectId, form.getName(), form.getLanguage(),
					form.getCategory(), form.isSubmit(), form.isAllowCategoryChange(), TemplateFormMapping.components(form)));
			forms.remember(form.getFormToken(), TemplatePages.detailPath(projectId, created.name(), created.language()));
			Flash.success(redirect, form.isSubmit()
					? Messages.of("whatsapp.template.created.submitted", TemplatePages.label(created))
					: Messages.of("whatsapp.template.created.draft", TemplatePages.label(created)));
			return TemplatePages.detailRedirect(projectId, created.name(), created.language());
		}
		catch (SinchException ex) {
			form.setFormToken(forms.showAgain(form.getFormToken(), SinchFailures.nothingMade(ex), projectId, user.getName()));
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachableMaybeDone(
					Messages.of("whatsapp.template.unreachable.maybe-created"), Messages.of("whatsapp.template.unreachable.list")),
					refused -> TemplateErrors.advice(refused, form.getCategory()));
		}
		return createPage(form, model);
	}

	/** The create form sent again: the template the first submit made, or the list when that is not known. */
	private static Resent resent(String projectId) {
		return new Resent(Notice.success(Messages.of("whatsapp.template.form.sent-already"), null),
				Notice.error(Messages.of("whatsapp.template.form.sent-already-or-expired"),
						"/projects/" + projectId + "/whatsapp/templates"));
	}

	private String createPage(TemplateForm form, Model model) {
		form.padButtons(BLANK_BUTTON_ROWS);
		form.padExamples();
		model.addAttribute("form", form);
		model.addAttribute("creating", true);
		formChoices(model);
		return "whatsapp/template-form";
	}

	/** The edit page; when the template cannot be read it shows Sinch's answer, and no form to lose work in. */
	@GetMapping("/{name}/{language}/edit")
	@SinchPage("whatsapp/template-form")
	String editPage(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language, Model model) {
		model.addAttribute("name", name);
		model.addAttribute("language", language);
		model.addAttribute("creating", false);
		WhatsAppTemplate template = templates.existing(projectId, name, language);
		TemplateFormMapping.Editable editable = TemplateFormMapping.editable(template);
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
		WhatsAppTemplate before;
		try {
			before = templates.existing(projectId, name, language);
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachable(Messages.of("whatsapp.nothing-changed")),
					refused -> TemplateErrors.advice(refused, form.getCategory()));
			return editPage(null, form, model);
		}
		TemplateValidation.check(form, result, false);
		if (result.hasErrors()) {
			return editPage(before, form, model);
		}
		try {
			WhatsAppTemplate updated = changes.edit(new TemplateChanges.Edit(projectId, name, language, form.getCategory(),
					form.isSubmit(), form.isAllowCategoryChange(), TemplateFormMapping.components(form)), before);
			String label = TemplatePages.label(updated);
			Flash.success(redirect, !form.isSubmit() ? Messages.of("whatsapp.template.changed.draft", label)
					: "APPROVED".equals(before.state()) ? Messages.of("whatsapp.template.changed.submitted.approved", label)
					: Messages.of("whatsapp.template.changed.submitted", label));
			return TemplatePages.detailRedirect(projectId, name, language);
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachableMaybeDone(
					Messages.of("whatsapp.template.unreachable.maybe-saved"), Messages.of("whatsapp.template.unreachable.page")),
					refused -> TemplateErrors.advice(refused, before.category()));
		}
		return editPage(before, form, model);
	}

	/** The edit page; {@code template} is Sinch's current version, {@code null} when it could not be read. */
	private String editPage(WhatsAppTemplate template, TemplateForm form, Model model) {
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

	private static void formChoices(Model model) {
		model.addAttribute("languages", TemplateCatalogue.LANGUAGES);
		model.addAttribute("categories", TemplateCatalogue.CATEGORIES);
		model.addAttribute("headerFormats", TemplateCatalogue.HEADER_FORMATS);
		model.addAttribute("buttonTypes", TemplateCatalogue.BUTTON_TYPES);
		model.addAttribute("limits", Map.of("header", TemplateCatalogue.HEADER_MAX, "body", TemplateCatalogue.BODY_MAX, "footer",
				TemplateCatalogue.FOOTER_MAX, "button", TemplateCatalogue.BUTTON_TEXT_MAX));
	}

}
