package com.provisioningportal.sandbox;

import java.util.Map;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import tools.jackson.databind.node.ObjectNode;

/**
 * What Meta changes on its own, later, and Sinch announces with a callback: a sender's quality rating, the account's
 * daily limit and ban state, a template's quality score and category, a category change Meta announces for later.
 * Each change updates the resource as Sinch would show it and publishes the event its trigger names.
 */
final class MetaSideChanges {

	private final SandboxCore core;

	MetaSideChanges(SandboxCore core) {
		this.core = core;
	}

	void senderQuality(String projectId, String senderId, String qualityRating) {
		core.locked(() -> {
			ProjectState project = project(projectId);
			ObjectNode sender = required(project.senders.get(senderId), "sender " + senderId);
			sender.put("qualityRating", qualityRating);
			sender.put("modified", Json.timestamp(core.now()));
			core.publish(project, "WHATSAPP_SENDER_QUALITY_RATING_CHANGED", sender);
		});
	}

	void accountDailyLimit(String projectId, String businessDailyLimit) {
		core.locked(() -> {
			ProjectState project = project(projectId);
			ObjectNode account = required(project.account, "account");
			account.put("businessDailyLimit", businessDailyLimit);
			core.publish(project, "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED", account);
		});
	}

	void wabaBan(String projectId, String wabaBanState) {
		core.locked(() -> {
			ProjectState project = project(projectId);
			ObjectNode account = required(project.account, "account");
			account.put("wabaBanState", wabaBanState);
			account.put("wabaBanDate", Json.timestamp(core.now()));
			core.publish(project, "WHATSAPP_WABA_ACCOUNT_CHANGED", account);
		});
	}

	void templateQuality(String projectId, String name, String language, String qualityScore) {
		core.locked(() -> {
			ProjectState project = project(projectId);
			ObjectNode template = template(project, name, language);
			template.put("qualityScore", qualityScore);
			core.publish(project, "WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED", template);
		});
	}

	void templateCategory(String projectId, String name, String language, String category) {
		core.locked(() -> {
			ProjectState project = project(projectId);
			ObjectNode template = template(project, name, language);
			template.put("category", category);
			core.publish(project, "WHATSAPP_TEMPLATE_CATEGORY_UPDATED", template);
		});
	}

	/** Meta announces a category it will give the template later; the template keeps its category until then. */
	void templateFutureCategory(String projectId, String name, String language, String futureCategory) {
		core.locked(() -> {
			ProjectState project = project(projectId);
			ObjectNode template = template(project, name, language);
			core.publishWith(project, "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE", template,
					Map.of("futureCategory", futureCategory), null);
		});
	}

	private ProjectState project(String projectId) {
		ProjectState project = core.project(projectId);
		if (project == null) {
			throw new IllegalArgumentException("The sandbox has no project " + projectId);
		}
		return project;
	}

	private static ObjectNode template(ProjectState project, String name, String language) {
		return required(project.templates.get(TemplatesApi.key(name, language)), "template " + name + "/" + language);
	}

	private static ObjectNode required(ObjectNode resource, String what) {
		if (resource == null) {
			throw new IllegalArgumentException("The sandbox has no " + what + " in this project");
		}
		return resource;
	}

}
