package com.provisioningportal.portal.whatsapp;

import java.util.Map;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;

import org.springframework.ui.Model;
import org.springframework.web.util.UriUtils;

/** The addresses, labels and form view the template pages share. */
final class TemplatePages {

	static final String BASE = "/projects/{projectId}/whatsapp/templates";

	/** Blank button rows the form offers below the filled ones. */
	private static final int BLANK_BUTTON_ROWS = 3;

	private TemplatePages() {
	}

	/** The template form, creating or editing, with its choices and blank rows to fill in. */
	static String formView(TemplateForm form, Model model) {
		form.padButtons(BLANK_BUTTON_ROWS);
		form.padExamples();
		model.addAttribute("form", form);
		model.addAttribute("languages", TemplateCatalogue.LANGUAGES);
		model.addAttribute("categories", TemplateCatalogue.CATEGORIES);
		model.addAttribute("headerFormats", TemplateCatalogue.HEADER_FORMATS);
		model.addAttribute("buttonTypes", TemplateCatalogue.BUTTON_TYPES);
		model.addAttribute("limits", Map.of("header", TemplateCatalogue.HEADER_MAX, "body", TemplateCatalogue.BODY_MAX, "footer",
				TemplateCatalogue.FOOTER_MAX, "button", TemplateCatalogue.BUTTON_TEXT_MAX));
		return "whatsapp/template-form";
	}

	static String label(WhatsAppTemplate template) {
		return template.name() + " (" + template.language() + ")";
	}

	static String listRedirect(String projectId) {
		return "redirect:/projects/" + projectId + "/whatsapp/templates";
	}

	static String detailRedirect(String projectId, String name, String language) {
		return "redirect:" + detailPath(projectId, name, language);
	}

	static String detailPath(String projectId, String name, String language) {
		return "/projects/" + projectId + "/whatsapp/templates/" + UriUtils.encodePathSegment(name, "UTF-8") + "/"
				+ UriUtils.encodePathSegment(language, "UTF-8");
	}

}
