package com.provisioningportal.portal.gateway.whatsapp;

import java.util.LinkedHashMap;
import java.util.Map;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.transport.RequestBodies;
import com.provisioningportal.portal.gateway.transport.SinchCall;
import com.provisioningportal.portal.gateway.transport.SinchRequests;

import org.springframework.stereotype.Component;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * A project's WhatsApp message templates, per name and language: list, read, create, update, delete, and their
 * activity trail and comments.
 * Every call throws a {@link com.provisioningportal.portal.gateway.SinchException} when Sinch did not succeed.
 */
@Component
public class WhatsAppTemplates {

	private static final String TEMPLATES = SinchCall.PROJECT + "/whatsapp/templates";

	private static final String TEMPLATE = TEMPLATES + "/{templateName}/languages/{languageCode}";

	private final SinchRequests requests;

	public WhatsAppTemplates(SinchRequests requests) {
		this.requests = requests;
	}

	public Page<WhatsAppTemplate> listTemplates(String projectId, WhatsAppTemplateFilter filter, PageRequest page) {
		SinchCall call = SinchCall.of("templates.list", GET, TEMPLATES, projectId)
			.query("filterStates", filter.states())
			.query("filterStatuses", filter.statuses())
			.query("templateName", filter.templateName())
			.page(page);
		return requests.readPage(call, "templates", WhatsAppTemplate.class);
	}

	/** Every language of one template name (Sinch's list by name), alphabetically by language. */
	public Page<WhatsAppTemplate> listTemplateLanguages(String projectId, String templateName, PageRequest page) {
		SinchCall call = SinchCall.of("templates.listByName", GET, TEMPLATES + "/{templateName}", projectId, templateName)
			.page(page);
		return requests.readPage(call, "templates", WhatsAppTemplate.class);
	}

	public WhatsAppTemplate getTemplate(String projectId, String templateName, String languageCode) {
		return requests.read(SinchCall.of("templates.get", GET, TEMPLATE, projectId, templateName, languageCode),
				WhatsAppTemplate.class);
	}

	public WhatsAppTemplate createTemplate(String projectId, NewWhatsAppTemplate template) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", template.name());
		body.put("language", template.language());
		body.put("category", template.category());
		body.put("status", template.submit() ? "SUBMIT" : "DRAFT");
		RequestBodies.putIfPresent(body, "saveDraftOnFailure", template.saveDraftOnFailure());
		RequestBodies.putIfPresent(body, "allowCategoryChange", template.allowCategoryChange());
		RequestBodies.putIfPresent(body, "details", template.details());
		return requests.read(SinchCall.of("templates.create", POST, TEMPLATES, projectId).body(body), WhatsAppTemplate.class);
	}

	/** Updates one language of a template; an approved template keeps its live version until the change is applied. */
	public WhatsAppTemplate updateTemplate(String projectId, String templateName, String languageCode, WhatsAppTemplateUpdate update) {
		Map<String, Object> details = new LinkedHashMap<>();
		RequestBodies.putIfPresent(details, "components", update.components());
		RequestBodies.putIfPresent(details, "messageSendTtlSeconds", update.messageSendTtlSeconds());
		RequestBodies.put(details, "optimization", update.optimization());
		Map<String, Object> body = new LinkedHashMap<>();
		if (update.submit() != null) {
			body.put("status", update.submit() ? "SUBMIT" : "DRAFT");
		}
		RequestBodies.putIfPresent(body, "category", update.category());
		RequestBodies.putIfPresent(body, "allowCategoryChange", update.allowCategoryChange());
		RequestBodies.putIfPresent(body, "saveDraftOnFailure", update.saveDraftOnFailure());
		if (!details.isEmpty()) {
			body.put("details", details);
		}
		return requests.read(SinchCall.of("templates.update", PATCH, TEMPLATE, projectId, templateName, languageCode)
			.body(body), WhatsAppTemplate.class);
	}

	/**
	 * Deletes one language of a template: with {@code deleteSubmitted} false only its draft (pending changes), with
	 * true also the template submitted to Meta (the name and language are then blocked for 30 days).
	 */
	public void deleteTemplate(String projectId, String templateName, String languageCode, boolean deleteSubmitted) {
		requests.send(SinchCall.of("templates.delete", DELETE, TEMPLATE, projectId, templateName, languageCode)
			.query("deleteSubmitted", deleteSubmitted));
	}

	/**
	 * Deletes every language of a template name, submitted ones included; the name is blocked for 30 days.
	 */
	public void deleteTemplateAllLanguages(String projectId, String templateName) {
		requests.send(SinchCall.of("templates.deleteAllLanguages", DELETE, TEMPLATES + "/{templateName}", projectId,
				templateName));
	}

	public Page<WhatsAppActivity> templateActivities(String projectId, String templateName, String languageCode,
			PageRequest page) {
		SinchCall call = SinchCall
			.of("templates.activities", GET, TEMPLATE + "/activities", projectId, templateName, languageCode)
			.page(page);
		return requests.readPage(call, "notifications", WhatsAppActivity.class);
	}

	public WhatsAppComment addTemplateComment(String projectId, String templateName, String languageCode, String comment) {
		return requests.read(SinchCall.of("templates.comment", POST, TEMPLATE + "/comments", projectId, templateName,
				languageCode)
			.body(Map.of("comment", comment)), WhatsAppComment.class);
	}

}
