package com.provisioningportal.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import com.provisioningportal.sandbox.SandboxState.ScheduledTransition;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project's one WhatsApp account (WABA) and the Multi-Partner Solutions that enable Embedded Signup for it.
 */
final class AccountApi {

	/** The Meta app and solution of the design's dev mode; every sandbox project can see this solution. */
	static final String SOLUTION_ID = "300000000000001";

	static final long PARTNER_APP_ID = 100000000000001L;

	static final List<String> BUSINESS_MANAGERS = List.of("SINCH_AMERICA", "SINCH_BR", "SINCH_MX", "SINCH_SEP",
			"SINCH_UK");

	private static final String BASE = "/v1/projects/{projectId}/whatsapp";

	private static final String ACTIVITY_KEY = "account";

	private final SandboxCore core;

	private final Authentication auth;

	AccountApi(SandboxCore core, Authentication auth) {
		this.core = core;
		this.auth = auth;
		core.onTransition("account.review", this::review);
		core.onTransition("account.decide", this::decide);
	}

	void register(Router router) {
		router.add("GET", BASE, auth.scoped((request, project) -> SandboxResponse.ok(find(project))))
			.add("POST", BASE, auth.scoped(this::create))
			.add("PATCH", BASE, auth.scoped(this::update))
			.add("DELETE", BASE, auth.scoped(this::delete))
			.add("GET", BASE + "/activities", auth.scoped(this::activities))
			.add("POST", BASE + "/comments", auth.scoped(this::comment))
			.add("GET", BASE + "/solutions", auth.scoped(this::listSolutions))
			.add("POST", BASE + "/solutions", auth.scoped(this::createSolution))
			.add("GET", BASE + "/solutions/{solutionId}",
					auth.scoped((request, project) -> SandboxResponse.ok(findSolution(request, project))))
			.add("POST", BASE + "/solutions/{solutionId}/assign", auth.scoped(this::assignSolution));
	}

	static void requireInitialized(ProjectState project) {
		if (project.account == null) {
			throw new PapiException(400, "project_not_initialized", "Project is not initialized for WhatsApp.",
					"Onboard the project for WhatsApp first (Embedded Signup or account creation).");
		}
	}

	/** What a first Embedded Signup sender does to a project without account: an onboarded ES account. */
	static void onboardByEmbeddedSignup(SandboxCore core, ProjectState project, String wabaId, String region,
			String businessManager) {
		ObjectNode account = newAccount(businessManager, region);
		account.put("state", "ONBOARDED");
		account.put("isEmbeddedSignup", true);
		account.put("wabaId", wabaId);
		project.account = account;
		core.activity(project, ACTIVITY_KEY, "CREATED", null);
		core.publish(project, "WHATSAPP_ACCOUNT_ONBOARDED", account);
	}

	static ObjectNode newAccount(String businessManager, String region) {
		ObjectNode account = Json.object();
		account.put("isEmbeddedSignup", false);
		account.put("businessManager", businessManager);
		account.put("wabaEnabledForInsights", false);
		account.put("wabaEnabledForDirectSend", false);
		account.put("wabaMaxPriceOnboarded", false);
		account.set("compatibleRegions", Json.array(List.of(region.toLowerCase())));
		account.put("businessDailyLimit", "TIER_1K");
		account.put("currency", "EUR");
		return account;
	}

	static ObjectNode solution(String id, String name) {
		ObjectNode solution = Json.object();
		solution.put("id", id);
		solution.putObject("details").put("name", name);
		ObjectNode partnerApp = solution.putObject("partnerApp");
		partnerApp.put("id", PARTNER_APP_ID);
		partnerApp.put("name", name);
		ObjectNode ownerApp = solution.putObject("ownerApp");
		ownerApp.put("id", 400000000000001L);
		ownerApp.put("name", "Sinch");
		solution.put("assigned", false);
		return solution;
	}

	private ObjectNode find(ProjectState project) {
		if (project.account == null) {
			throw PapiException.notFound("account_not_found", "Account");
		}
		return project.account;
	}

	/** Partner-initiated creation: IN_PROGRESS → PENDING_FACEBOOK_VERIFICATION → ONBOARDED (or REJECTED). */
	private SandboxResponse create(SandboxRequest request, ProjectState project) {
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).required("wabaName")
			.required("clientBusinessManagerId")
			.required("senderDetails")
			.string("wabaName", 1, 255)
			.string("clientBusinessManagerId", 1, 255)
			.oneOf("businessManager", BUSINESS_MANAGERS);
		validation.nested("senderDetails")
			.required("displayName")
			.required("businessCategory")
			.string("displayName", 1, 255)
			.oneOf("businessCategory", SendersApi.VERTICALS.stream().filter(v -> !v.equals("ONLINE_GAMBLING")).toList())
			.oneOf("region", SendersApi.REGIONS)
			.oneOf("metaLocalStorage", SendersApi.META_LOCAL_STORAGE);
		validation.throwIfInvalid();
		if (project.account != null) {
			throw PapiException.conflict("account_exists", "Account already exists.",
					"A project has one WhatsApp account; update or delete the existing one.");
		}
		String region = body.path("senderDetails").path("region").asString("EU");
		ObjectNode account = newAccount(body.path("businessManager").asString("SINCH_UK"), region);
		ObjectNode details = Json.object();
		details.put("clientBusinessManagerId", Json.text(body, "clientBusinessManagerId"));
		details.put("wabaName", Json.text(body, "wabaName"));
		details.set("senderDetails", body.get("senderDetails"));
		ObjectNode changes = account.putObject("changes");
		changes.put("status", "IN_PROGRESS");
		changes.set("details", details);
		project.account = account;
		core.activity(project, ACTIVITY_KEY, "CREATED", null);
		core.activity(project, ACTIVITY_KEY, "IN_PROGRESS", null);
		core.schedule(core.options().provisioningDelay(), "account.review", project.id, ACTIVITY_KEY);
		return SandboxResponse.created(account);
	}

	private void review(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		if (project.account == null) {
			return;
		}
		project.account.withObject("changes").put("status", "PENDING_FACEBOOK_VERIFICATION");
		core.activity(project, ACTIVITY_KEY, "PENDING_FACEBOOK_VERIFICATION", null);
		core.publish(project, "WHATSAPP_ACCOUNT_PENDING_VERIFICATION", project.account);
		core.schedule(core.options().provisioningDelay(), "account.decide", project.id, ACTIVITY_KEY);
	}

	/** Meta's verdict: WABA names starting with "Reject" are rejected, every other is onboarded. */
	private void decide(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode account = project.account;
		if (account == null) {
			return;
		}
		ObjectNode changes = account.withObject("changes");
		if (Json.text(changes.path("details"), "wabaName").startsWith("Reject")) {
			account.put("state", "REJECTED");
			changes.put("status", "REJECTED");
			core.activity(project, ACTIVITY_KEY, "REJECTED", null);
			core.publish(project, "WHATSAPP_ACCOUNT_REJECTED", account);
			return;
		}
		account.set("details", changes.get("details"));
		account.remove("changes");
		account.put("state", "ONBOARDED");
		if (!account.has("wabaId")) {
			account.put("wabaId", Ids.numeric(15));
		}
		core.publish(project, "WHATSAPP_ACCOUNT_ONBOARDED", account);
	}

	private SandboxResponse update(SandboxRequest request, ProjectState project) {
		ObjectNode account = find(project);
		ObjectNode body = request.jsonObject();
		new Validation(body).string("wabaName", 1, 255).string("clientBusinessManagerId", 1, 255).throwIfInvalid();
		if (!body.has("wabaName") && !body.has("clientBusinessManagerId") && !body.has("senderDetails")) {
			throw new PapiException(400, "no_fields_to_update", "No fields to update.",
					"Send wabaName, clientBusinessManagerId or senderDetails.");
		}
		if (!"REJECTED".equals(Json.text(account, "state"))) {
			throw PapiException.conflict("account_not_updatable", "Account is not updatable.",
					"Only a REJECTED account can be updated.");
		}
		ObjectNode details = account.path("changes").path("details").isObject()
				? Json.copy((ObjectNode) account.path("changes").path("details")) : Json.object();
		body.properties().forEach(field -> details.set(field.getKey(), field.getValue()));
		ObjectNode changes = account.putObject("changes");
		changes.put("status", "IN_PROGRESS");
		changes.set("details", details);
		core.activity(project, ACTIVITY_KEY, "EDITED", null);
		core.schedule(core.options().provisioningDelay(), "account.review", project.id, ACTIVITY_KEY);
		return SandboxResponse.ok(account);
	}

	private SandboxResponse delete(SandboxRequest request, ProjectState project) {
		requireInitialized(project);
		if (!project.senders.isEmpty()) {
			ObjectNode info = Json.object();
			info.put("projectId", project.id);
			info.set("senderIds", Json.array(List.copyOf(project.senders.keySet())));
			throw new PapiException(409, "account_has_senders", "Account has senders.",
					"Delete the senders of the account first.", info);
		}
		project.account = null;
		project.templates.clear();
		return SandboxResponse.noContent();
	}

	private SandboxResponse activities(SandboxRequest request, ProjectState project) {
		find(project);
		List<ObjectNode> newestFirst = new ArrayList<>(project.activities.getOrDefault(ACTIVITY_KEY, List.of()));
		Collections.reverse(newestFirst);
		return SandboxResponse.ok(Paging.page(request, newestFirst, "notifications", 100, 50));
	}

	private SandboxResponse comment(SandboxRequest request, ProjectState project) {
		ObjectNode account = find(project);
		ObjectNode comment = SendersApi.addComment(core, project, ACTIVITY_KEY, request.jsonObject());
		core.publish(project, "WHATSAPP_ACCOUNT_COMMENT_ADDED", account, Json.text(comment, "comment"), null);
		return SandboxResponse.created(comment);
	}

	private SandboxResponse listSolutions(SandboxRequest request, ProjectState project) {
		ObjectNode answer = Json.object();
		project.solutions.values().forEach(answer.withArray("solutions")::add);
		answer.withArray("solutions");
		return SandboxResponse.ok(answer);
	}

	private SandboxResponse createSolution(SandboxRequest request, ProjectState project) {
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).required("details")
			.required("accessToken")
			.required("businessManager")
			.string("accessToken", 1, 4096)
			.oneOf("businessManager", List.of("SINCH_BR", "SINCH_MX", "SINCH_UK"));
		validation.nested("details").required("name").string("name", 1, 255);
		validation.throwIfInvalid();
		ObjectNode created = solution(Ids.numeric(15), Json.text(body.path("details"), "name"));
		project.solutions.put(Json.text(created, "id"), created);
		ObjectNode answer = Json.object();
		answer.withArray("solutions").add(created);
		answer.withArray("failedSolutions");
		return SandboxResponse.created(answer);
	}

	private static ObjectNode findSolution(SandboxRequest request, ProjectState project) {
		ObjectNode solution = project.solutions.get(request.variable("solutionId"));
		if (solution == null) {
			throw PapiException.notFound("solution_not_found", "Solution");
		}
		return solution;
	}

	private SandboxResponse assignSolution(SandboxRequest request, ProjectState project) {
		ObjectNode solution = findSolution(request, project);
		if (project.account != null && "ONBOARDED".equals(Json.text(project.account, "state"))) {
			throw PapiException.conflict("solution_cannot_be_reassigned",
					"Project is already onboarded, can't reassign solution", "Keep the assigned solution.");
		}
		project.solutions.values().forEach(other -> other.put("assigned", false));
		solution.put("assigned", true);
		return SandboxResponse.noContent();
	}

}
