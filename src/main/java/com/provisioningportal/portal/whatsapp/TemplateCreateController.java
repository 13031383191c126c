package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
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

/** A new template, or a new language of one, sent to Sinch once however often the form is sent. */
@Controller
@RequestMapping(TemplatePages.BASE)
class TemplateCreateController implements AccessRules {

	private final TemplateChanges changes;

	private final OneTimeForms forms;

	TemplateCreateController(TemplateChanges changes, OneTimeForms forms) {
		this.changes = changes;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(TemplatePages.BASE, Access.CHANNELS_CHANGE),
				AccessRule.get(TemplatePages.BASE + "/new", Access.CHANNELS_CHANGE));
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

	private static String createPage(TemplateForm form, Model model) {
		model.addAttribute("creating", true);
		return TemplatePages.formView(form, model);
	}

}
