package com.provisioningportal.portal.whatsapp;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;
import com.provisioningportal.portal.projects.UnknownOutcomeCheck;

import org.springframework.stereotype.Component;

/**
 * Whether a template change that got no answer was made. A name and language are one template at Sinch, so a
 * creation is made when the template is there; a deletion of a language when it is gone (or, when only its pending
 * changes were to go, when it has none left); a deletion of a name when no language of it is left. An edit is not
 * looked up: what it sent (the parts) is not compared reliably with what Sinch keeps, so it stays UNKNOWN.
 */
@Component
class TemplateOutcomes implements UnknownOutcomeCheck {

	private static final Set<String> ACTIONS = Set.of("WHATSAPP_TEMPLATE_CREATE", "WHATSAPP_TEMPLATE_DELETE_LANGUAGE",
			"WHATSAPP_TEMPLATE_DELETE");

	private final TemplateLookup lookup;

	private final WhatsAppTemplates templates;

	TemplateOutcomes(TemplateLookup lookup, WhatsAppTemplates templates) {
		this.lookup = lookup;
		this.templates = templates;
	}

	@Override
	public boolean handles(String action) {
		return ACTIONS.contains(action);
	}

	@Override
	public Optional<Object> lookUp(UnknownChange change) {
		String projectId = change.projectId();
		String resource = change.resourceId();
		if (projectId == null || resource == null) {
			return Optional.empty();
		}
		if ("WHATSAPP_TEMPLATE_DELETE".equals(change.action())) {
			return noLanguageLeft(projectId, resource) ? Optional.of(Map.of("deleted", resource)) : Optional.empty();
		}
		// The resource is "name/language"; neither has a slash at Sinch.
		String name = resource.substring(0, resource.lastIndexOf('/'));
		String language = resource.substring(resource.lastIndexOf('/') + 1);
		Optional<WhatsAppTemplate> found = lookup.find(projectId, name, language);
		if ("WHATSAPP_TEMPLATE_CREATE".equals(change.action())) {
			return found.map(TemplateChanges::summary);
		}
		String deletes = (change.request() == null) ? "language" : change.request().path("deletes").asString("language");
		boolean made = found.isEmpty() || ("pending changes".equals(deletes) && found.get().changes() == null);
		return made ? Optional.of(Map.of("deleted", deletes)) : Optional.empty();
	}

	private boolean noLanguageLeft(String projectId, String name) {
		try {
			return templates.listTemplateLanguages(projectId, name, PageRequest.first(1)).items().isEmpty();
		}
		catch (SinchApiException ex) {
			if (TemplateLookup.gone(ex)) {
				return true;
			}
			throw ex;
		}
	}

}
