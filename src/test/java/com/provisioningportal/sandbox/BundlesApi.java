package com.provisioningportal.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import com.provisioningportal.sandbox.SandboxState.ScheduledTransition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bundles (asynchronous work orders creating a subproject, an SMS app, a Conversation app and provisioning
 * webhooks; BUNDLE_DONE when finished) and SMS apps ({@code /sms/smsApps}).
 */
final class BundlesApi {

	/** Bundles whose name contains this end FAILED instead of DONE. */
	static final String FAILING_NAME_MARKER = "fail";

	private static final List<String> BUNDLE_STATES = List.of("DONE", "FAILED", "IN_PROGRESS");

	private static final String BUNDLES = "/v1/projects/{projectId}/bundles";

	private static final String SMS_APPS = "/v1/projects/{projectId}/sms/smsApps";

	private final SandboxCore core;

	private final Authentication auth;

	BundlesApi(SandboxCore core, Authentication auth) {
		this.core = core;
		this.auth = auth;
		core.onTransition("bundle.finish", this::finish);
		core.onTransition("smsApp.activate", this::activateSmsApp);
	}

	void register(Router router) {
		router.add("GET", BUNDLES, auth.scoped(this::listBundles))
			.add("POST", BUNDLES, auth.scoped(this::createBundle))
			.add("GET", BUNDLES + "/{bundleId}", auth.scoped(this::getBundle))
			.add("GET", SMS_APPS, auth.scoped((request, project) -> SandboxResponse
				.ok(Paging.page(request, List.copyOf(project.smsApps.values()), "smsApps", 100, 50))))
			.add("POST", SMS_APPS, auth.scoped(this::createSmsApp))
			.add("GET", SMS_APPS + "/{smsAppId}", auth.scoped((request, project) -> SandboxResponse.ok(findSmsApp(request, project))))
			.add("PATCH", SMS_APPS + "/{smsAppId}", auth.scoped(this::renameSmsApp))
			.add("DELETE", SMS_APPS + "/{smsAppId}", auth.scoped(this::deleteSmsApp));
	}

	private SandboxResponse listBundles(SandboxRequest request, ProjectState project) {
		List<String> states = request.queryParams("filterStates");
		if (!BUNDLE_STATES.containsAll(states)) {
			throw PapiException.unsupportedCodes("invalid_filter_states", "Invalid filter states.", BUNDLE_STATES);
		}
		List<String> smsAppIds = request.queryParams("filterSmsAppIds");
		List<String> convAppIds = request.queryParams("filterConvAppIds");
		List<ObjectNode> bundles = project.bundles.values()
			.stream()
			.filter(bundle -> states.isEmpty() || states.contains(Json.text(bundle, "state")))
			.filter(bundle -> smsAppIds.isEmpty() || smsAppIds.contains(Json.text(bundle.path("smsApp"), "id")))
			.filter(bundle -> convAppIds.isEmpty() || convAppIds.contains(Json.text(bundle.path("convApp"), "id")))
			.toList();
		return SandboxResponse.ok(Paging.page(request, bundles, "bundles", 25, 10));
	}

	private SandboxResponse getBundle(SandboxRequest request, ProjectState project) {
		String id = request.variable("bundleId");
		if (!Ids.isHex(id, 24)) {
			throw new PapiException(400, "invalid_id_format", "Invalid bundleId format.", "Use the id of a bundle.");
		}
		ObjectNode bundle = project.bundles.get(id);
		if (bundle == null) {
			throw PapiException.notFound("bundle_not_found", "Bundle");
		}
		return SandboxResponse.ok(bundle);
	}

	/** The fields of each resource block, as published in v1.2.117 ({@code Bundles…InputDto}). */
	private static final Map<String, Set<String>> BLOCK_FIELDS = Map.of("subproject", Set.of("name", "labels"), "smsApp",
			Set.of("name", "test"), "convApp",
			Set.of("name", "webhooks", "processingMode", "retentionPolicy", "consentManagerSettings"));

	private SandboxResponse createBundle(SandboxRequest request, ProjectState project) {
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body)
			.allowOnly(Set.of("name", "region", "subproject", "smsApp", "convApp", "webhooks"))
			.required("region")
			.oneOf("region", SendersApi.REGIONS)
			.string("name", 1, 255);
		for (String block : List.of("subproject", "smsApp", "convApp")) {
			JsonNode value = body.get(block);
			if (value != null && !value.isBoolean() && !value.isObject()) {
				validation.fail(block + " must be boolean or object");
			}
			else if (value != null && value.isObject()) {
				validation.nested(block).allowOnly(BLOCK_FIELDS.get(block)).string("name", 1, 255);
			}
		}
		JsonNode webhooks = body.get("webhooks");
		if (webhooks != null && (!webhooks.isArray() || webhooks.isEmpty() || webhooks.size() > WebhooksApi.LIMIT)) {
			validation.fail("webhooks must contain between 1 and " + WebhooksApi.LIMIT + " elements");
		}
		validation.throwIfInvalid();
		List<String> blocks = List.of("subproject", "smsApp", "convApp").stream().filter(block -> wanted(body, block)).toList();
		if (blocks.isEmpty() && webhooks == null) {
			throw new PapiException(400, "no_services_to_create", "No services to create.",
					"Ask for at least one of subproject, smsApp, convApp or webhooks.");
		}
		for (String block : blocks) {
			if (Json.text(body, "name") == null && Json.text(body.path(block), "name") == null) {
				throw new PapiException(400, "missing_name", "Missing name.",
						"Give the bundle a name, or a name in each block.");
			}
		}
		List<ObjectNode> createdWebhooks = addWebhooks(project, webhooks);
		String region = Json.text(body, "region");
		String name = Json.text(body, "name");
		ObjectNode bundle = Json.object();
		String id = Ids.hex(24);
		bundle.put("id", id);
		bundle.put("projectId", project.id);
		if (name != null) {
			bundle.put("name", name);
		}
		bundle.put("state", "IN_PROGRESS");
		bundle.put("region", region);
		if (blocks.contains("subproject")) {
			ObjectNode subproject = bundle.putObject("subproject");
			subproject.put("id", Ids.uuid());
			subproject.put("name", blockName(body, "subproject", name));
			subproject.set("labels", body.path("subproject").path("labels").isObject()
					? body.path("subproject").get("labels") : Json.object());
			subproject.put("parentProjectId", project.id);
			subproject.put("status", "PENDING");
			bundle.put("projectId", Json.text(subproject, "id"));
		}
		if (blocks.contains("smsApp")) {
			ObjectNode smsApp = bundle.putObject("smsApp");
			smsApp.put("id", Ids.hex(32));
			smsApp.put("smsServiceId", Ids.hex(32));
			smsApp.put("name", blockName(body, "smsApp", name));
			smsApp.put("status", "PENDING_ADD");
			smsApp.set("regions", Json.array(List.of(region)));
			smsApp.put("test", false);
			smsApp.put("numberVerified", false);
		}
		if (blocks.contains("convApp")) {
			ObjectNode convApp = bundle.putObject("convApp");
			convApp.put("id", Ids.ulid());
			convApp.put("name", blockName(body, "convApp", name));
			convApp.set("webhooks", Json.array());
			convApp.put("processingMode", body.path("convApp").path("processingMode").asString("DISPATCH"));
			ObjectNode retention = convApp.putObject("retentionPolicy");
			retention.put("retentionPolicyType", "MESSAGE_EXPIRE_POLICY");
			retention.put("ttl", 7);
			convApp.putObject("consentManagerSettings").put("mode", "DISABLED");
			if (blocks.contains("smsApp")) {
				convApp.put("smsChannelStatus", "PENDING");
			}
		}
		createdWebhooks.forEach(bundle.withArray("webhooks")::add);
		project.bundles.put(id, bundle);
		if (bundle.has("smsApp") && !bundle.has("subproject")) {
			// The SMS app exists from the start, pending until the work order finishes.
			project.smsApps.put(Json.text(bundle.get("smsApp"), "id"), bundledSmsApp(project, bundle));
		}
		core.schedule(core.options().provisioningDelay(), "bundle.finish", project.id, id);
		return SandboxResponse.created(bundle);
	}

	/** A bundle Sinch finished long ago, with its SMS app (if asked) in the project's list: dev mode's seed. */
	static ObjectNode finishedBundle(ProjectState project, String name, String region, boolean withSmsApp) {
		ObjectNode bundle = Json.object();
		bundle.put("id", Ids.hex(24));
		bundle.put("projectId", project.id);
		bundle.put("name", name);
		bundle.put("state", "DONE");
		bundle.put("region", region);
		if (withSmsApp) {
			ObjectNode smsApp = bundle.putObject("smsApp");
			smsApp.put("id", Ids.hex(32));
			smsApp.put("smsServiceId", Ids.hex(32));
			smsApp.put("name", name);
			smsApp.put("status", "ACTIVE");
			smsApp.set("regions", Json.array(List.of(region)));
			smsApp.put("test", false);
			smsApp.put("numberVerified", false);
		}
		ObjectNode convApp = bundle.putObject("convApp");
		convApp.put("id", Ids.ulid());
		convApp.put("name", name);
		convApp.set("webhooks", Json.array());
		convApp.put("processingMode", "DISPATCH");
		if (withSmsApp) {
			convApp.put("smsChannelStatus", "ACTIVE");
		}
		project.bundles.put(Json.text(bundle, "id"), bundle);
		if (withSmsApp) {
			project.smsApps.put(Json.text(bundle.get("smsApp"), "id"), bundledSmsApp(project, bundle));
		}
		return bundle;
	}

	private static boolean wanted(ObjectNode body, String block) {
		JsonNode value = body.get(block);
		return value != null && (value.isObject() || value.asBoolean(false));
	}

	private static String blockName(ObjectNode body, String block, String rootName) {
		String name = Json.text(body.path(block), "name");
		return name != null ? name : rootName;
	}

	private List<ObjectNode> addWebhooks(ProjectState project, JsonNode webhooks) {
		List<ObjectNode> created = new ArrayList<>();
		if (webhooks == null) {
			return created;
		}
		Set<String> targets = new HashSet<>();
		for (JsonNode webhook : webhooks) {
			if (!(webhook instanceof ObjectNode object)) {
				throw PapiException.invalidInput(List.of("webhooks must contain objects"));
			}
			WebhooksApi.validate(object, true, core.options().localTargets());
			if (!targets.add(Json.text(object, "target"))) {
				throw new PapiException(400, "invalid_webhooks", "Invalid webhooks.", "Webhook targets must be unique.");
			}
		}
		if (project.webhooks.size() + webhooks.size() > WebhooksApi.LIMIT) {
			throw new PapiException(424, "webhook_limit_reached", "Webhook limit reached.",
					"A project can have at most " + WebhooksApi.LIMIT + " webhooks.");
		}
		for (JsonNode webhook : webhooks) {
			created.add(WebhooksApi.add(project, Json.text(webhook, "target"), Json.text(webhook, "secret"),
					Json.strings(webhook.get("triggers"))));
		}
		return created;
	}

	/** The work order finishes: DONE (everything ready and active) or FAILED; then BUNDLE_DONE. */
	private void finish(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode bundle = project.bundles.get(transition.resourceId());
		if (bundle == null) {
			return;
		}
		boolean fails = Json.text(bundle, "name") != null && Json.text(bundle, "name").toLowerCase().contains(FAILING_NAME_MARKER);
		if (fails) {
			bundle.put("state", "FAILED");
			if (bundle.has("smsApp")) {
				bundle.withObject("smsApp").put("status", "FAILED_ADD");
			}
			if (bundle.path("convApp").has("smsChannelStatus")) {
				bundle.withObject("convApp").put("smsChannelStatus", "FAILING");
			}
		}
		else {
			bundle.put("state", "DONE");
			if (bundle.has("subproject")) {
				bundle.withObject("subproject").put("status", "READY");
			}
			if (bundle.has("smsApp")) {
				ObjectNode smsApp = bundle.withObject("smsApp");
				smsApp.put("status", "ACTIVE");
			}
			if (bundle.path("convApp").has("smsChannelStatus")) {
				bundle.withObject("convApp").put("smsChannelStatus", "ACTIVE");
			}
		}
		String smsAppId = Json.text(bundle.path("smsApp"), "id");
		if (smsAppId != null && project.smsApps.containsKey(smsAppId)) {
			project.smsApps.put(smsAppId, bundledSmsApp(project, bundle));
		}
		core.publish(project, "BUNDLE_DONE", bundle, null, Json.text(bundle, "id"));
	}

	private static ObjectNode bundledSmsApp(ProjectState project, ObjectNode bundle) {
		ObjectNode smsApp = Json.copy((ObjectNode) bundle.get("smsApp"));
		smsApp.remove("numberVerified");
		if (bundle.has("convApp")) {
			smsApp.set("conversationApiAppDetails", conversationApp(Json.text(bundle.get("convApp"), "id"), project.id,
					Json.text(bundle, "region"), Json.text(bundle.get("convApp"), "smsChannelStatus")));
		}
		return smsApp;
	}

	private static ObjectNode conversationApp(String id, String projectId, String region, String channelStatus) {
		ObjectNode app = Json.object();
		app.put("id", id);
		app.put("projectId", projectId);
		app.put("region", region);
		app.put("channelStatus", channelStatus);
		return app;
	}

	private SandboxResponse createSmsApp(SandboxRequest request, ProjectState project) {
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).allowOnly(Set.of("name", "region", "test", "convApiApp", "convApiAppId"))
			.required("name")
			.required("region")
			.string("name", 1, 255)
			.oneOf("region", SendersApi.REGIONS)
			.bool("convApiApp")
			.string("convApiAppId", 1, 64)
			.bool("test");
		if (body.path("convApiApp").asBoolean(false) && body.has("convApiAppId")) {
			validation.fail("convApiApp and convApiAppId are mutually exclusive");
		}
		validation.throwIfInvalid();
		String linked = Json.text(body, "convApiAppId");
		if (linked != null && project.smsApps.values()
			.stream()
			.anyMatch(other -> linked.equals(Json.text(other.path("conversationApiAppDetails"), "id")))) {
			throw new PapiException(400, "conversation_app_already_connected_to_sms_app",
					"Conversation app is already connected to an SMS app.",
					"Link a Conversation app that has no SMS app, or create a new one with the SMS app.");
		}
		ObjectNode smsApp = Json.object();
		String id = Ids.hex(32);
		smsApp.put("id", id);
		smsApp.put("smsServiceId", Ids.hex(32));
		smsApp.put("name", Json.text(body, "name"));
		smsApp.put("status", "PENDING_ADD");
		smsApp.set("regions", Json.array(List.of(Json.text(body, "region"))));
		String convAppId = body.path("convApiApp").asBoolean(false) ? Ids.ulid() : Json.text(body, "convApiAppId");
		if (convAppId != null) {
			smsApp.set("conversationApiAppDetails",
					conversationApp(convAppId, project.id, Json.text(body, "region"), "PENDING"));
		}
		smsApp.put("test", false);
		project.smsApps.put(id, smsApp);
		core.schedule(core.options().provisioningDelay(), "smsApp.activate", project.id, id);
		return SandboxResponse.created(smsApp);
	}

	private void activateSmsApp(ScheduledTransition transition) {
		ObjectNode smsApp = core.project(transition.projectId()).smsApps.get(transition.resourceId());
		if (smsApp != null) {
			smsApp.put("status", "ACTIVE");
			if (smsApp.has("conversationApiAppDetails")) {
				smsApp.withObject("conversationApiAppDetails").put("channelStatus", "ACTIVE");
			}
		}
	}

	private SandboxResponse renameSmsApp(SandboxRequest request, ProjectState project) {
		ObjectNode smsApp = findSmsApp(request, project);
		ObjectNode body = request.jsonObject();
		new Validation(body).allowOnly(Set.of("name")).string("name", 1, 255).throwIfInvalid();
		if (!body.hasNonNull("name")) {
			throw new PapiException(400, "no_fields_to_update", "No fields to update.", "Send a name.");
		}
		smsApp.put("name", Json.text(body, "name"));
		return SandboxResponse.ok(smsApp);
	}

	private SandboxResponse deleteSmsApp(SandboxRequest request, ProjectState project) {
		ObjectNode smsApp = findSmsApp(request, project);
		project.smsApps.remove(Json.text(smsApp, "id"));
		core.cancelTransitions(project.id, Json.text(smsApp, "id"));
		return SandboxResponse.noContent();
	}

	private static ObjectNode findSmsApp(SandboxRequest request, ProjectState project) {
		String id = request.variable("smsAppId");
		if (!Ids.isHex(id, 32)) {
			throw new PapiException(400, "invalid_id_format", "Invalid smsAppId format.", "Use the id of an SMS app.");
		}
		ObjectNode smsApp = project.smsApps.get(id);
		if (smsApp == null) {
			throw PapiException.notFound("sms_app_not_found", "SMS app");
		}
		return smsApp;
	}

}
