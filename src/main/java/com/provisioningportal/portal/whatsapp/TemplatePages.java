package com.provisioningportal.portal.whatsapp;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;

import org.springframework.web.util.UriUtils;

/** The addresses and labels the template pages share. */
final class TemplatePages {

	static final String BASE = "/projects/{projectId}/whatsapp/templates";

	private TemplatePages() {
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
