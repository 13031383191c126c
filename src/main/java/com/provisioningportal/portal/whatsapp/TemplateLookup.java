package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppActivity;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplateFilter;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** A project's templates as Sinch has them now; every read may throw a {@code SinchException}. */
@Service
class TemplateLookup {

	private static final int ACTIVITIES = 50;

	private static final int LANGUAGES = 100;

	private final WhatsAppTemplates templates;

	TemplateLookup(WhatsAppTemplates templates) {
		this.templates = templates;
	}

	/** One page of the list; {@code pageToken} blank for the first. */
	Page<WhatsAppTemplate> list(String projectId, WhatsAppTemplateFilter filter, String pageToken, int size) {
		return templates.listTemplates(projectId, filter,
				new PageRequest(pageToken, size));
	}

	WhatsAppTemplate get(String projectId, String name, String language) {
		return templates.getTemplate(projectId, name, language);
	}

	/** The template, or empty when Sinch says it does not exist (any more). */
	Optional<WhatsAppTemplate> find(String projectId, String name, String language) {
		try {
			return Optional.of(get(projectId, name, language));
		}
		catch (SinchApiException ex) {
			if (gone(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** The template of a page's address; the not-found page when Sinch has no such template. */
	WhatsAppTemplate existing(String projectId, String name, String language) {
		return find(projectId, name, language).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	List<WhatsAppActivity> activities(String projectId, String name, String language) {
		return templates.templateActivities(projectId, name, language, PageRequest.first(ACTIVITIES)).items();
	}

	/** The languages this template's name has besides its own. */
	List<String> otherLanguages(String projectId, WhatsAppTemplate template) {
		return templates.listTemplateLanguages(projectId, template.name(), PageRequest.first(LANGUAGES))
			.items()
			.stream()
			.map(WhatsAppTemplate::language)
			.filter(other -> !other.equals(template.language()))
			.toList();
	}

	/** Whether Sinch's refusal means the template does not exist in this language. */
	static boolean gone(SinchApiException ex) {
		return ex.status() == 404 || ex.hasErrorCode("template_invalid_language_code");
	}

}
