package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Deleting a template's language, or the whole template, through audited changes. */
@Controller
@RequestMapping(TemplatePages.BASE)
class TemplateDeleteController implements AccessRules {

	private final TemplateLookup templates;

	private final TemplateChanges changes;

	TemplateDeleteController(TemplateLookup templates, TemplateChanges changes) {
		this.templates = templates;
		this.changes = changes;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(TemplatePages.BASE + "/{name}/delete", Access.CHANNELS_CHANGE),
				AccessRule.post(TemplatePages.BASE + "/{name}/{language}/delete", Access.CHANNELS_CHANGE));
	}

	/**
	 * Deletes one language. {@code deleteSubmitted} false discards what is not submitted (a draft, or pending
	 * changes); true also removes the template Meta has, blocking its name in this language for four weeks.
	 */
	@PostMapping("/{name}/{language}/delete")
	String deleteLanguage(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String name, @PathVariable String language,
			@RequestParam(defaultValue = "") String confirmation, @RequestParam(defaultValue = "false") boolean deleteSubmitted,
			RedirectAttributes redirect) {
		Optional<WhatsAppTemplate> template = SinchFailures.attempt(redirect, TemplateErrors::nextStep,
				() -> templates.get(projectId, name, language));
		if (template.isEmpty()) {
			return TemplatePages.detailRedirect(projectId, name, language);
		}
		if (!name.equals(confirmation.strip())) {
			Flash.error(redirect, Messages.of("whatsapp.template.delete.confirm", name));
			return TemplatePages.detailRedirect(projectId, name, language);
		}
		boolean submitted = template.get().state() != null;
		boolean wholeLanguage = deleteSubmitted || !submitted;
		if (!SinchFailures.attempt(redirect, TemplateErrors::nextStep,
				() -> changes.deleteLanguage(projectId, template.get(), deleteSubmitted))) {
			return TemplatePages.detailRedirect(projectId, name, language);
		}
		if (!wholeLanguage) {
			Flash.success(redirect, Messages.of("whatsapp.template.changes.discarded", name, language));
			return TemplatePages.detailRedirect(projectId, name, language);
		}
		Flash.success(redirect, submitted ? Messages.of("whatsapp.template.language.deleted", name, language)
				: Messages.of("whatsapp.template.draft.deleted", name, language));
		return TemplatePages.listRedirect(projectId);
	}

	/** Deletes every language of a template; the name is blocked for 30 days. */
	@PostMapping("/{name}/delete")
	String deleteTemplate(@PathVariable String projectId, ProjectSummary project, @PathVariable String name,
			@RequestParam(defaultValue = "") String confirmation, @RequestParam(required = false) String from,
			RedirectAttributes redirect) {
		String back = TemplateCatalogue.oneOf(TemplateCatalogue.LANGUAGES, from) ? TemplatePages.detailRedirect(projectId, name, from)
				: TemplatePages.listRedirect(projectId);
		if (!name.equals(confirmation.strip())) {
			Flash.error(redirect, Messages.of("whatsapp.template.delete.confirm", name));
			return back;
		}
		if (!SinchFailures.attempt(redirect, TemplateErrors::nextStep, () -> changes.deleteTemplate(projectId, name))) {
			return back;
		}
		Flash.success(redirect, Messages.of("whatsapp.template.deleted", name));
		return TemplatePages.listRedirect(projectId);
	}

}
