package com.provisioningportal.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import com.provisioningportal.sandbox.SandboxState.SenderBackstage;
import tools.jackson.databind.node.ObjectNode;

/** The data dev mode starts with (README, "Dev mode"): three projects, the first one in full use. */
final class DevSeed {

	static final SandboxProject RETAIL = new SandboxProject("00000000-0000-4000-8000-000000000001", "Sandbox Retail",
			"sandbox-key-1", "sandbox-secret-1");

	static final SandboxProject TRAVEL = new SandboxProject("00000000-0000-4000-8000-000000000002", "Sandbox Travel",
			"sandbox-key-2", "sandbox-secret-2");

	static final SandboxProject SPARE = new SandboxProject("00000000-0000-4000-8000-000000000003", "Sandbox Spare",
			"sandbox-key-3", "sandbox-secret-3");

	static final String RETAIL_WABA_ID = "102290129340398";

	/** Where the portal's callback receiver will listen in dev mode. */
	static String portalCallbackUrl(String projectId) {
		return "http://localhost:8080/callbacks/sinch/" + projectId;
	}

	private DevSeed() {
	}

	static void seed(SandboxCore core) {
		ProjectState retail = addProject(core, RETAIL);
		ProjectState travel = addProject(core, TRAVEL);
		addProject(core, SPARE);
		onboard(core, retail, RETAIL_WABA_ID);
		sender(core, retail, "ACTIVE", "Sandbox Retail", "SHOPPING_AND_RETAIL", "48", "600100200", "109876543210001");
		sender(core, retail, "ACTIVE", "Sandbox Retail Support", "SHOPPING_AND_RETAIL", "48", "600100201",
				"109876543210002");
		sender(core, retail, "PENDING_VERIFICATION", "Sandbox Retail Outlet", "SHOPPING_AND_RETAIL", "48", "600100202",
				null);
		ObjectNode failed = sender(core, retail, "ERROR", "Sandbox Retail Old", "SHOPPING_AND_RETAIL", "48",
				"600100203", "109876543210004");
		ObjectNode changes = failed.putObject("changes");
		changes.put("status", "ERROR");
		changes.put("errorCode", "CANNOT_REGISTER_TO_CLOUD_API");
		changes.put("errorReason", "Meta refused to register the phone number to the Cloud API.");
		ObjectNode suspended = sender(core, retail, "SUSPENDED", "Sandbox Retail Promo", "SHOPPING_AND_RETAIL", "48",
				"600100204", "109876543210005");
		suspended.put("qualityRating", "RED");
		template(core, retail, "order_update", "EN", "UTILITY", "APPROVED",
				"Hello {{1}}, your order {{2}} has shipped.");
		template(core, retail, "order_update", "ES", "UTILITY", "APPROVED",
				"Hola {{1}}, tu pedido {{2}} ha sido enviado.");
		template(core, retail, "spring_sale", "EN", "MARKETING", "REJECTED", "Huge savings, click now!");
		template(core, retail, "login_code", "EN", "AUTHENTICATION", null, "{{1}} is your verification code.");
		RcsSendersApi.seeded(core, retail, "Sandbox Retail", "LAUNCHED", List.of("FR", "PL"), List.of("+48600100300"));
		RcsSendersApi.seeded(core, retail, "Sandbox Retail Offers", "IN_TEST", List.of("GB"),
				List.of("+48600100300", "+48600100301"));
		RcsSendersApi.seeded(core, retail, "Sandbox Retail Outlet", "DRAFT", List.of("FR"), List.of());
		RcsSendersApi.seeded(core, retail, "Sandbox Retail Delivery", "LAUNCHING", List.of("FR", "DE"),
				List.of("+48600100302"), Map.of("FR", "LAUNCHED", "DE", "PENDING"));
		RcsSendersApi.seeded(core, retail, "Sandbox Retail Nordics", "LAUNCHED", List.of("FR", "PL"),
				List.of("+48600100303"), Map.of("FR", "LAUNCHED", "PL", "REJECTED"));
		BundlesApi.finishedBundle(retail, "Sandbox Retail Alerts", "EU", true);
		BundlesApi.finishedBundle(retail, "Sandbox Retail Chat", "EU", false);
		WebhooksApi.add(retail, portalCallbackUrl(RETAIL.id()), "sandbox-webhook-secret-1", List.of("ALL"));
		WebhooksApi.add(travel, portalCallbackUrl(TRAVEL.id()), "sandbox-webhook-secret-2", List.of("ALL"));
	}

	static ProjectState addProject(SandboxCore core, SandboxProject project) {
		if (core.project(project.id()) != null) {
			throw new IllegalArgumentException("Project " + project.id() + " exists already");
		}
		ProjectState state = new ProjectState();
		state.id = project.id();
		state.name = project.name();
		state.keyId = project.keyId();
		state.keySecret = project.keySecret();
		state.solutions.put(AccountApi.SOLUTION_ID, AccountApi.solution(AccountApi.SOLUTION_ID, "Provisioning Portal"));
		core.state().projects.put(state.id, state);
		return state;
	}

	/** An account onboarded through Embedded Signup, as after the customer finished Meta's popup. */
	static void onboard(SandboxCore core, ProjectState project, String wabaId) {
		ObjectNode account = AccountApi.newAccount("SINCH_UK", "EU");
		account.put("state", "ONBOARDED");
		account.put("isEmbeddedSignup", true);
		account.put("wabaId", wabaId);
		account.put("primaryBusinessLocation", "PL");
		project.account = account;
		project.solutions.get(AccountApi.SOLUTION_ID).put("assigned", true);
		core.activity(project, "account", "CREATED", null);
	}

	private static ObjectNode sender(SandboxCore core, ProjectState project, String state, String displayName,
			String vertical, String countryCode, String phoneNumber, String phoneNumberId) {
		ObjectNode sender = Json.object();
		String id = Ids.uuid();
		String created = Json.timestamp(core.now().minus(Duration.ofDays(7)));
		sender.put("id", id);
		sender.put("state", state);
		ObjectNode details = sender.putObject("details");
		details.put("displayName", displayName);
		details.put("vertical", vertical);
		details.put("email", "whatsapp@retail.example");
		details.put("websiteOne", "https://retail.example");
		sender.put("created", created);
		sender.put("modified", created);
		sender.put("region", "EU");
		sender.put("metaLocalStorage", "DE");
		sender.put("qualityRating", state.equals("ACTIVE") ? "GREEN" : "UNKNOWN");
		sender.put("maxTps", 80);
		sender.put("bearerToken", Ids.hex(48));
		sender.put("cloudApi", true);
		sender.put("countryCode", countryCode);
		sender.put("phoneNumber", phoneNumber);
		sender.put("numberProvider", phoneNumberId == null ? "SINCH" : "CUSTOMER");
		sender.put("businessManager", "SINCH_UK");
		sender.set("compatibleRegions", Json.array(List.of("eu")));
		project.senders.put(id, sender);
		SenderBackstage backstage = new SenderBackstage();
		backstage.wabaId = Json.text(project.account, "wabaId");
		backstage.phoneNumberId = phoneNumberId;
		project.senderBackstage.put(id, backstage);
		core.activity(project, SendersApi.key(id), "CREATED", null);
		return sender;
	}

	private static void template(SandboxCore core, ProjectState project, String name, String language,
			String category, String state, String bodyText) {
		ObjectNode template = Json.object();
		template.put("name", name);
		template.put("language", language);
		template.put("category", category);
		ObjectNode details = Json.object();
		ObjectNode body = details.putArray("components").addObject();
		body.put("type", "BODY");
		body.put("text", bodyText);
		if (state == null) {
			ObjectNode changes = template.putObject("changes");
			changes.put("status", "DRAFT");
			changes.put("allowCategoryChange", false);
			changes.set("details", details);
		}
		else {
			template.put("whatsappId", Ids.numeric(15));
			template.put("state", state);
			template.put("rejectionCode", state.equals("REJECTED") ? "INVALID_FORMAT" : "NONE");
			template.put("qualityScore", "QUALITY_SCORE_UNKNOWN");
			template.set("details", details);
		}
		template.set("analytics", Json.array());
		template.put("isMetaGenerated", false);
		project.templates.put(TemplatesApi.key(name, language), template);
	}

}
