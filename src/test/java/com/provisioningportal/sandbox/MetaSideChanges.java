package com.provisioningportal.sandbox;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

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
		change(projectId, project -> required(project.senders.get(senderId), "sender " + senderId), sender -> {
			sender.put("qualityRating", qualityRating);
			sender.put("modified", Json.timestamp(core.now()));
		}, "WHATSAPP_SENDER_QUALITY_RATING_CHANGED", Map.of());
	}

	void accountDailyLimit(String projectId, String businessDailyLimit) {
		change(projectId, MetaSideChanges::account, account -> account.put("businessDailyLimit", businessDailyLimit),
				"WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED", Map.of());
	}

	void wabaBan(String projectId, String wabaBanState) {
		change(projectId, MetaSideChanges::account, account -> {
			account.put("wabaBanState", wabaBanState);
			account.put("wabaBanDate", Json.timestamp(core.now()));
		}, "WHATSAPP_WABA_ACCOUNT_CHANGED", Map.of());
	}

	void templateQuality(String projectId, String name, String language, String qualityScore) {
		change(projectId, project -> template(project, name, language), template -> template.put("qualityScore", qualityScore),
				"WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED", Map.of());
	}

	void templateCategory(String projectId, String name, String language, String category) {
		change(projectId, project -> template(project, name, language), template -> template.put("category", category),
				"WHATSAPP_TEMPLATE_CATEGORY_UPDATED", Map.of());
	}

	/** Meta announces a category it will give the template later; the template keeps its category until then. */
	void templateFutureCategory(String projectId, String name, String language, String futureCategory) {
		change(projectId, project -> template(project, name, language), template -> {
		}, "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE", Map.of("futureCategory", futureCategory));
	}

	/** Under the state lock: finds the resource, changes it, and publishes the event with the resource as payload. */
	private void change(String projectId, Function<ProjectState, ObjectNode> resource, Consumer<ObjectNode> edit,
			String trigger, Map<String, String> envelopeFields) {
		core.locked(() -> {
			ProjectState project = project(projectId);
			ObjectNode changed = resource.apply(project);
			edit.accept(changed);
			core.publishWith(project, trigger, changed, envelopeFields, null);
		});
	}

	private static ObjectNode account(ProjectState project) {
		return required(project.account, "account");
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
