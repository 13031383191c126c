package com.provisioningportal.portal.whatsapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.whatsapp.NewWhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplateUpdate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;
import com.provisioningportal.portal.projects.SinchChanges;

import org.springframework.stereotype.Service;

/**
 * What a person may change on a project's templates. Each change is audited with the template as it was before and
 * as Sinch answered; what is sent to Meta for review is then waited on (callbacks, else reconciliation).
 */
@Service
class TemplateChanges {

	/** Most languages one template name has in practice; the delete of a whole name records them all as before. */
	private static final int LANGUAGES_PAGE = 1000;

	private final WhatsAppTemplates templates;

	private final SinchChanges changes;

	private final StatusWatch statusWatch;

	TemplateChanges(WhatsAppTemplates templates, SinchChanges changes, StatusWatch statusWatch) {
		this.templates = templates;
		this.changes = changes;
		this.statusWatch = statusWatch;
	}

	/** What the create page sends; {@code submit} false keeps a draft at Sinch. */
	record Create(String projectId, String name, String language, String category, boolean submit,
			boolean allowCategoryChange, List<Map<String, Object>> components) {

	}

	/** What the edit page sends for one language of a template. */
	record Edit(String projectId, String name, String language, String category, boolean submit,
			boolean allowCategoryChange, List<Map<String, Object>> components) {

	}

	WhatsAppTemplate create(Create create) {
		NewWhatsAppTemplate body = new NewWhatsAppTemplate(create.name(), create.language(), create.category(), create.submit(), null,
				create.allowCategoryChange() ? Boolean.TRUE : null, new WhatsAppTemplate.Details(create.components(), null, null));
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", create.name());
		request.put("language", create.language());
		request.put("category", create.category());
		request.put("status", create.submit() ? "SUBMIT" : "DRAFT");
		request.put("allowCategoryChange", create.allowCategoryChange());
		request.put("components", create.components());
		WhatsAppTemplate created = changes.send(entry("WHATSAPP_TEMPLATE_CREATE", create.projectId(), create.name(), create.language())
			.request(request), () -> templates.createTemplate(create.projectId(), body), TemplateChanges::summary);
		watchIfUnderReview(create.projectId(), created);
		return created;
	}

	WhatsAppTemplate edit(Edit edit, WhatsAppTemplate before) {
		boolean categoryChanges = !edit.category().equals(before.category());
		WhatsAppTemplateUpdate update = new WhatsAppTemplateUpdate(edit.submit(), categoryChanges ? edit.category() : null,
				categoryChanges && edit.allowCategoryChange() ? Boolean.TRUE : null, null, edit.components(), null, null);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("category", edit.category());
		request.put("status", edit.submit() ? "SUBMIT" : "DRAFT");
		request.put("components", edit.components());
		WhatsAppTemplate updated = changes.send(entry("WHATSAPP_TEMPLATE_UPDATE", edit.projectId(), edit.name(), edit.language())
			.request(request)
			.before(summary(before)), () -> templates.updateTemplate(edit.projectId(), edit.name(), edit.language(), update),
				TemplateChanges::summary);
		watchIfUnderReview(edit.projectId(), updated);
		return updated;
	}

	/**
	 * Deletes one language. Without {@code deleteSubmitted} Sinch removes only what is not submitted (a draft, or the
	 * pending changes of a submitted template, whose live version stays); with it the submitted template goes too.
	 */
	void deleteLanguage(String projectId, WhatsAppTemplate template, boolean deleteSubmitted) {
		// What goes is recorded with the request too, so a deletion whose answer never came can be looked up.
		String deletes = (deleteSubmitted || template.state() == null) ? "language" : "pending changes";
		changes.send(entry("WHATSAPP_TEMPLATE_DELETE_LANGUAGE", projectId, template.name(), template.language())
			.request(Map.of("deleteSubmitted", deleteSubmitted, "deletes", deletes))
			.before(summary(template)), () -> {
				templates.deleteTemplate(projectId, template.name(), template.language(), deleteSubmitted);
				return deletes;
			}, deleted -> Map.of("deleted", deleted));
	}

	/** Deletes every language of a name; the audit log keeps each language as it was. */
	void deleteTemplate(String projectId, String name) {
		List<Map<String, Object>> languages = templates.listTemplateLanguages(projectId, name, PageRequest.first(LANGUAGES_PAGE))
			.items()
			.stream()
			.map(TemplateChanges::summary)
			.toList();
		changes.send(AuditEntry.of("WHATSAPP_TEMPLATE_DELETE").project(projectId).resource(WhatsAppCallbacks.TEMPLATE, name)
			.before(Map.of("languages", languages)), () -> {
				templates.deleteTemplateAllLanguages(projectId, name);
				return name;
			}, deleted -> Map.of("deleted", deleted, "languages", languages.size()));
	}

	private void watchIfUnderReview(String projectId, WhatsAppTemplate template) {
		String status = TemplateStatus.of(template);
		if (!TemplateStatus.isSettled(status)) {
			statusWatch.watch(WhatsAppCallbacks.template(projectId, template.name(), template.language()), status);
		}
	}

	private static AuditEntry entry(String action, String projectId, String name, String language) {
		return AuditEntry.of(action).project(projectId).resource(WhatsAppCallbacks.TEMPLATE, name + "/" + language);
	}

	/** The template as the audit log keeps it: its state, pending changes and the parts of both versions. */
	static Map<String, Object> summary(WhatsAppTemplate template) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("name", template.name());
		summary.put("language", template.language());
		summary.put("category", template.category());
		summary.put("state", template.state());
		summary.put("rejectionCode", template.rejectionCode());
		summary.put("components", (template.details() != null) ? template.details().components() : null);
		if (template.changes() != null) {
			Map<String, Object> pending = new LinkedHashMap<>();
			pending.put("status", template.changes().status());
			pending.put("components", (template.changes().details() != null) ? template.changes().details().components() : null);
			summary.put("changes", pending);
		}
		return summary;
	}

}
