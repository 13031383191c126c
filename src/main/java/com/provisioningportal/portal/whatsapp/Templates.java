package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.Activity;
import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.Template;
import com.provisioningportal.portal.gateway.TemplateFilter;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/** A project's templates as Sinch has them now; every read may throw a {@code SinchException}. */
@Service
class Templates {

	private static final int ACTIVITIES = 50;

	private static final int LANGUAGES = 100;

	private final ProvisioningGateway gateway;

	Templates(ProvisioningGateway gateway) {
		this.gateway = gateway;
	}

	/** One page of the list; {@code pageToken} blank for the first. */
	Page<Template> list(String projectId, TemplateFilter filter, String pageToken, int size) {
		return gateway.listTemplates(projectId, filter,
				new PageRequest((pageToken == null || pageToken.isBlank()) ? null : pageToken, size));
	}

	Template get(String projectId, String name, String language) {
		return gateway.getTemplate(projectId, name, language);
	}

	/** The template, or empty when Sinch says it does not exist (any more). */
	Optional<Template> find(String projectId, String name, String language) {
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
	Template existing(String projectId, String name, String language) {
		return find(projectId, name, language).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	List<Activity> activities(String projectId, String name, String language) {
		return gateway.templateActivities(projectId, name, language, PageRequest.first(ACTIVITIES)).items();
	}

	/** The languages this template's name has besides its own. */
	List<String> otherLanguages(String projectId, Template template) {
		return gateway.listTemplateLanguages(projectId, template.name(), PageRequest.first(LANGUAGES))
			.items()
			.stream()
			.map(Template::language)
			.filter(other -> !other.equals(template.language()))
			.toList();
	}

	/** Whether Sinch's refusal means the template does not exist in this language. */
	static boolean gone(SinchApiException ex) {
		return ex.status() == 404 || ex.hasErrorCode("template_invalid_language_code");
	}

}
