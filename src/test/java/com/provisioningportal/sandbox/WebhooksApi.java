package com.provisioningportal.sandbox;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import tools.jackson.databind.node.ObjectNode;

/** Provisioning webhooks: CRUD, at most 15 per project, unique target, the secret write-only. */
final class WebhooksApi {

	static final int LIMIT = 15;

	static final List<String> TRIGGERS = List.of("ALL", "BUNDLE_DONE", "WHATSAPP_SENDER_ACTIVE",
			"WHATSAPP_SENDER_COMMENT_ADDED", "WHATSAPP_SENDER_DAILY_LIMIT_CHANGED", "WHATSAPP_SENDER_DELETED",
			"WHATSAPP_SENDER_DISPLAY_NAME_UPDATED", "WHATSAPP_SENDER_ERROR", "WHATSAPP_SENDER_INACTIVE",
			"WHATSAPP_SENDER_PENDING_VERIFICATION", "WHATSAPP_SENDER_QUALITY_RATING_CHANGED", "WHATSAPP_SENDER_REJECTED",
			"WHATSAPP_SENDER_USERNAME_UPDATED", "WHATSAPP_TEMPLATE_APPROVED", "WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE",
			"WHATSAPP_TEMPLATE_CATEGORY_UPDATED", "WHATSAPP_TEMPLATE_COMMENT_ADDED", "WHATSAPP_TEMPLATE_DELETED",
			"WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED", "WHATSAPP_TEMPLATE_REJECTED", "WHATSAPP_TEMPLATE_STATUS_UPDATED",
			"WHATSAPP_ACCOUNT_COMMENT_ADDED", "WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED", "WHATSAPP_ACCOUNT_ONBOARDED",
			"WHATSAPP_ACCOUNT_PENDING_VERIFICATION", "WHATSAPP_ACCOUNT_REJECTED", "WHATSAPP_WABA_ACCOUNT_CHANGED",
			"RCS_BRAND_REGISTRATION_PROCESS_STATUS_UPDATED", "RCS_SENDER_COMMENT_ADDED",
			"RCS_SENDER_OPERATOR_STATUS_UPDATED", "RCS_SENDER_STATUS_UPDATED", "RCS_ACCOUNT_COMMENT_ADDED",
			"KAKAOTALK_SENDER_ACTIVE", "KAKAOTALK_SENDER_COMMENT_ADDED", "KAKAOTALK_SENDER_INACTIVE",
			"KAKAOTALK_SENDER_REJECTED", "KAKAOTALK_TEMPLATE_APPROVED", "KAKAOTALK_TEMPLATE_COMMENT_ADDED",
			"KAKAOTALK_TEMPLATE_REJECTED");

	private static final String BASE = "/v1/projects/{projectId}/webhooks";

	private final Authentication auth;

	private final boolean localTargets;

	WebhooksApi(Authentication auth, boolean localTargets) {
		this.localTargets = localTargets;
		this.auth = auth;
	}

	void register(Router router) {
		router.add("GET", BASE, auth.scoped(this::list))
			.add("POST", BASE, auth.scoped(this::create))
			.add("GET", BASE + "/{webhookId}", auth.scoped((request, project) -> SandboxResponse.ok(find(request, project))))
			.add("PUT", BASE + "/{webhookId}", auth.scoped(this::replace))
			.add("PATCH", BASE + "/{webhookId}", auth.scoped(this::update))
			.add("DELETE", BASE + "/{webhookId}", auth.scoped(this::delete));
	}

	private SandboxResponse list(SandboxRequest request, ProjectState project) {
		List<ObjectNode> webhooks = project.webhooks.values()
			.stream()
			.sorted(Comparator.comparing(webhook -> Json.text(webhook, "target")))
			.toList();
		return SandboxResponse.ok(Paging.page(request, webhooks, "webhooks", LIMIT, LIMIT));
	}

	private SandboxResponse create(SandboxRequest request, ProjectState project) {
		ObjectNode body = request.jsonObject();
		validate(body, true, localTargets);
		return SandboxResponse.created(add(project, Json.text(body, "target"), Json.text(body, "secret"),
				Json.strings(body.get("triggers"))));
	}

	/** Adds a webhook after the 409/424 checks; bundles and the dev seed use it too. */
	static ObjectNode add(ProjectState project, String target, String secret, List<String> triggers) {
		requireUniqueTarget(project, target, null);
		if (project.webhooks.size() >= LIMIT) {
			throw new PapiException(424, "webhook_limit_reached", "Webhook limit reached.",
					"A project can have at most " + LIMIT + " webhooks; delete one first.");
		}
		ObjectNode webhook = Json.object();
		String id = Ids.hex(32);
		webhook.put("id", id);
		webhook.put("projectId", project.id);
		webhook.put("target", target);
		webhook.set("triggers", Json.array(triggers));
		project.webhooks.put(id, webhook);
		project.webhookSecrets.put(id, secret);
		return webhook;
	}

	private SandboxResponse replace(SandboxRequest request, ProjectState project) {
		ObjectNode webhook = find(request, project);
		ObjectNode body = request.jsonObject();
		validate(body, true, localTargets);
		apply(project, webhook, body);
		return SandboxResponse.ok(webhook);
	}

	private SandboxResponse update(SandboxRequest request, ProjectState project) {
		ObjectNode webhook = find(request, project);
		ObjectNode body = request.jsonObject();
		validate(body, false, localTargets);
		if (!body.hasNonNull("target") && !body.hasNonNull("secret") && !body.hasNonNull("triggers")) {
			throw new PapiException(400, "no_fields_to_update", "No fields to update.",
					"Send at least one of target, secret or triggers.");
		}
		apply(project, webhook, body);
		return SandboxResponse.ok(webhook);
	}

	private static void apply(ProjectState project, ObjectNode webhook, ObjectNode body) {
		String id = Json.text(webhook, "id");
		if (body.hasNonNull("target")) {
			requireUniqueTarget(project, Json.text(body, "target"), id);
			webhook.put("target", Json.text(body, "target"));
		}
		if (body.hasNonNull("secret")) {
			project.webhookSecrets.put(id, Json.text(body, "secret"));
		}
		if (body.hasNonNull("triggers")) {
			webhook.set("triggers", Json.array(Json.strings(body.get("triggers"))));
		}
	}

	private SandboxResponse delete(SandboxRequest request, ProjectState project) {
		String id = Json.text(find(request, project), "id");
		project.webhooks.remove(id);
		project.webhookSecrets.remove(id);
		return SandboxResponse.noContent();
	}

	private static ObjectNode find(SandboxRequest request, ProjectState project) {
		String id = request.variable("webhookId");
		if (!Ids.isHex(id, 32)) {
			throw new PapiException(400, "invalid_id_format", "Invalid webhookId format.",
					"Use the id of a webhook from the list.");
		}
		ObjectNode webhook = project.webhooks.get(id);
		if (webhook == null) {
			throw PapiException.notFound("webhook_not_found", "Webhook");
		}
		return webhook;
	}

	private static void requireUniqueTarget(ProjectState project, String target, String exceptId) {
		boolean taken = project.webhooks.values()
			.stream()
			.anyMatch(webhook -> target.equals(Json.text(webhook, "target"))
					&& !Json.text(webhook, "id").equals(exceptId));
		if (taken) {
			throw PapiException.conflict("webhook_exists", "Webhook with this target already exists.",
					"Use another target or update the existing webhook.");
		}
	}

	/**
	 * As Sinch's class-validator {@code IsUrl} with its defaults (the published message is its "must be a URL
	 * address"): the host is an IP address or a name with a top-level domain, so {@code localhost} is refused
	 * unless the sandbox allows local targets.
	 */
	private static boolean hasTopLevelDomainOrIsIp(String host, boolean localTargets) {
		if (localTargets && host.equalsIgnoreCase("localhost")) {
			return true;
		}
		if (host.startsWith("[") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
			return true;
		}
		int dot = host.lastIndexOf('.');
		return dot > 0 && host.substring(dot + 1).matches("(?i)[a-z\\u00a1-\\uffff]{2,}|xn--[a-z0-9-]+");
	}

	static void validate(ObjectNode body, boolean allRequired, boolean localTargets) {
		Validation validation = new Validation(body).allowOnly(Set.of("target", "secret", "triggers"));
		if (allRequired) {
			validation.required("target").required("secret").required("triggers");
		}
		validation.string("target", 1, 742).string("secret", 1, 128).enumArray("triggers", 1, TRIGGERS);
		if (body.hasNonNull("target") && body.get("target").isString()) {
			validation.url("target");
			String target = body.get("target").stringValue();
			if (Validation.isUrl(target) && !hasTopLevelDomainOrIsIp(URI.create(target).getHost(), localTargets)) {
				validation.reject("target", "must be a URL address");
			}
		}
		validation.throwIfInvalid();
	}

}
