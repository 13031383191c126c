package com.provisioningportal.portal.whatsapp;

import java.util.List;

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

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The edit of one language of a template, in the states Meta lets it change, sent through an audited change. */
@Controller
@RequestMapping(TemplatePages.BASE)
class TemplateEditController implements AccessRules {

	private final TemplateLookup templates;

	private final TemplateChanges changes;

	TemplateEditController(TemplateLookup templates, TemplateChanges changes) {
		this.templates = templates;
		this.changes = changes;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(TemplatePages.BASE + "/{name}/{language}/edit", Access.CHANNELS_CHANGE),
				AccessRule.post(TemplatePages.BASE + "/{name}/{language}/edit", Access.CHANNELS_CHANGE));
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
	private static String editPage(WhatsAppTemplate template, TemplateForm form, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("creating", false);
		model.addAttribute("name", form.getName());
		model.addAttribute("language", form.getLanguage());
		return TemplatePages.formView(form, model);
	}

}
