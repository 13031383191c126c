package com.provisioningportal.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import com.provisioningportal.sandbox.SandboxState.ScheduledTransition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WhatsApp templates of the project's WABA, identified by name + language: list, get, create, update a
 * language, delete a language ({@code deleteSubmitted}) or a whole name, and Meta's review after submission.
 */
final class TemplatesApi {

	static final List<String> LANGUAGES = List.of("AF", "AR", "AZ", "BG", "BN", "CA", "CS", "DA", "DE", "EL", "EN",
			"EN_GB", "EN_US", "ES", "ES_AR", "ES_ES", "ES_MX", "ES_UY", "ET", "FA", "FI", "FIL", "FR", "GA", "GU", "HA",
			"HE", "HI", "HR", "HU", "ID", "IT", "JA", "KA", "KK", "KN", "KO", "KY_KG", "LO", "LT", "LV", "MK", "ML", "MR",
			"MS", "NB", "NL", "PA", "PL", "PT_BR", "PT_PT", "RO", "RU", "RW_RW", "SK", "SL", "SQ", "SR", "SV", "SW", "TA",
			"TE", "TH", "TR", "UK", "UR", "UZ", "VI", "ZH_CN", "ZH_HK", "ZH_TW", "ZU");

	static final List<String> CATEGORIES = List.of("AUTHENTICATION", "MARKETING", "UTILITY");

	static final List<String> STATES = List.of("APPROVED", "DISABLED", "PAUSED", "PENDING", "REJECTED");

	static final List<String> CHANGE_STATUSES = List.of("DRAFT", "IN_PROGRESS", "REJECTED");

	static final String NAME_PATTERN = "^[a-z0-9][a-z0-9_]*[a-z0-9]$";

	/** Template names starting with this are rejected by the simulated Meta review. */
	static final String REJECTED_NAME_PREFIX = "reject";

	private static final Duration NAME_BLOCK = Duration.ofDays(30);

	private static final Duration LANGUAGE_BLOCK = Duration.ofDays(28);

	private static final String BASE = "/v1/projects/{projectId}/whatsapp/templates";

	private static final String LANGUAGE = BASE + "/{templateName}/languages/{languageCode}";

	private final SandboxCore core;

	private final Authentication auth;

	TemplatesApi(SandboxCore core, Authentication auth) {
		this.core = core;
		this.auth = auth;
		core.onTransition("template.review", this::review);
	}

	void register(Router router) {
		router.add("GET", BASE, auth.scoped(this::list))
			.add("POST", BASE, auth.scoped(this::create))
			.add("GET", BASE + "/{templateName}", auth.scoped(this::listByName))
			.add("DELETE", BASE + "/{templateName}", auth.scoped(this::deleteByName))
			.add("GET", LANGUAGE, auth.scoped((request, project) -> SandboxResponse.ok(find(request, project))))
			.add("PATCH", LANGUAGE, auth.scoped(this::update))
			.add("DELETE", LANGUAGE, auth.scoped(this::deleteLanguage))
			.add("GET", LANGUAGE + "/activities", auth.scoped(this::activities))
			.add("POST", LANGUAGE + "/comments", auth.scoped(this::comment));
	}

	private SandboxResponse list(SandboxRequest request, ProjectState project) {
		AccountApi.requireInitialized(project);
		Validation.StateFilter filter = Validation.stateFilter(request, STATES, CHANGE_STATUSES);
		String namePrefix = request.queryParam("templateName");
		List<ObjectNode> templates = sorted(project).stream()
			.filter(filter::matches)
			.filter(template -> namePrefix == null || Json.text(template, "name").startsWith(namePrefix))
			.toList();
		return SandboxResponse.ok(Paging.page(request, templates, "templates", 1000, 50));
	}

	private SandboxResponse listByName(SandboxRequest request, ProjectState project) {
		AccountApi.requireInitialized(project);
		List<ObjectNode> templates = languagesOf(project, request.variable("templateName"));
		if (templates.isEmpty()) {
			throw PapiException.notFound("template_not_found", "Template");
		}
		return SandboxResponse.ok(Paging.page(request, templates, "templates", 1000, 50));
	}

	private SandboxResponse create(SandboxRequest request, ProjectState project) {
		AccountApi.requireInitialized(project);
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).allowOnly(TemplateSchema.CREATE_FIELDS)
			.required("name")
			.required("language")
			.required("category")
			.string("name", 1, 512)
			.oneOf("category", CATEGORIES)
			.oneOf("status", List.of("DRAFT", "SUBMIT"))
			.bool("saveDraftOnFailure")
			.bool("allowCategoryChange");
		String name = Json.text(body, "name");
		if (name != null && !name.matches(NAME_PATTERN)) {
			validation.fail("name must match " + NAME_PATTERN + " regular expression");
		}
		boolean draft = "DRAFT".equals(Json.text(body, "status"));
		if (!draft) {
			validation.required("details");
		}
		TemplateSchema.validateDetails(validation, body.get("details"), draft);
		validation.throwIfInvalid();
		String language = requireLanguage(Json.text(body, "language"));
		requireNewNameAndLanguage(project, name, language, Json.text(body, "category"));
		ObjectNode template = Json.object();
		template.put("name", name);
		template.put("language", language);
		template.put("category", Json.text(body, "category"));
		template.set("analytics", Json.array());
		template.put("isMetaGenerated", false);
		JsonNode details = body.has("details") ? body.get("details") : Json.object().set("components", Json.array());
		boolean allowCategoryChange = body.path("allowCategoryChange").asBoolean(false);
		project.templates.put(key(name, language), template);
		core.activity(project, activityKey(name, language), "CREATED", null);
		if (draft) {
			setChanges(template, "DRAFT", details, allowCategoryChange);
		}
		else {
			submitFirstTime(project, template, details, allowCategoryChange);
		}
		return SandboxResponse.created(template);
	}

	private void submitFirstTime(ProjectState project, ObjectNode template, JsonNode details,
			boolean allowCategoryChange) {
		template.put("state", "PENDING");
		template.remove("rejectionCode");
		if (!template.has("whatsappId")) {
			template.put("whatsappId", Ids.numeric(15));
		}
		template.set("details", details.deepCopy());
		setChanges(template, "IN_PROGRESS", details, allowCategoryChange);
		scheduleReview(project, template);
	}

	private void scheduleReview(ProjectState project, ObjectNode template) {
		String name = Json.text(template, "name");
		String language = Json.text(template, "language");
		core.activity(project, activityKey(name, language), "IN_PROGRESS", null);
		core.schedule(core.options().templateReviewDelay(), "template.review", project.id, key(name, language));
	}

	private static void setChanges(ObjectNode template, String status, JsonNode details, boolean allowCategoryChange) {
		ObjectNode changes = template.putObject("changes");
		changes.put("status", status);
		changes.put("allowCategoryChange", allowCategoryChange);
		changes.set("details", details.deepCopy());
	}

	/** Meta's verdict on a submission: names starting with "reject" are rejected (INVALID_FORMAT). */
	private void review(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode template = project.templates.get(transition.resourceId());
		if (template == null || !"IN_PROGRESS".equals(Json.text(template.path("changes"), "status"))) {
			return;
		}
		String name = Json.text(template, "name");
		String activityKey = activityKey(name, Json.text(template, "language"));
		boolean firstSubmission = "PENDING".equals(Json.text(template, "state"));
		if (name.startsWith(REJECTED_NAME_PREFIX)) {
			if (firstSubmission) {
				template.put("state", "REJECTED");
				template.remove("changes");
			}
			else {
				template.withObject("changes").put("status", "REJECTED");
			}
			template.put("rejectionCode", "INVALID_FORMAT");
			core.activity(project, activityKey, "REJECTED", null);
			core.publish(project, "WHATSAPP_TEMPLATE_REJECTED", template);
			return;
		}
		template.set("details", template.path("changes").path("details").deepCopy());
		template.remove("changes");
		template.put("state", "APPROVED");
		template.put("rejectionCode", "NONE");
		template.put("qualityScore", "QUALITY_SCORE_UNKNOWN");
		core.activity(project, activityKey, "ACTIVE", null);
		core.publish(project, "WHATSAPP_TEMPLATE_APPROVED", template);
	}

	private SandboxResponse update(SandboxRequest request, ProjectState project) {
		ObjectNode template = find(request, project);
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).allowOnly(TemplateSchema.UPDATE_FIELDS)
			.oneOf("status", List.of("DRAFT", "SUBMIT"))
			.oneOf("category", CATEGORIES)
			.bool("allowCategoryChange")
			.bool("saveDraftOnFailure");
		// Unlike a create, an update without a status stays a draft: the published default is DRAFT here.
		boolean submit = "SUBMIT".equals(Json.text(body, "status"));
		TemplateSchema.validateDetails(validation, body.get("details"), !submit);
		validation.throwIfInvalid();
		if (!body.has("status") && !body.has("category") && !body.has("allowCategoryChange") && !body.has("details")) {
			throw new PapiException(400, "no_fields_to_update", "No fields to update.",
					"Send details, category, allowCategoryChange or status.");
		}
		String state = Json.text(template, "state");
		if (template.path("isMetaGenerated").asBoolean(false) || "PENDING".equals(state)) {
			throw PapiException.conflict("template_not_updatable", "Template is not updatable.",
					"Meta-generated templates and templates under review cannot be updated.");
		}
		String pendingStatus = Json.text(template.path("changes"), "status");
		if (pendingStatus != null && !pendingStatus.equals("DRAFT") && !pendingStatus.equals("REJECTED")) {
			throw PapiException.conflict("template_changes_not_updatable", "Template changes are not updatable.",
					"Only DRAFT or REJECTED changes can be updated.");
		}
		boolean categoryEditable = state == null
				|| ("REJECTED".equals(state) && "INCORRECT_CATEGORY".equals(Json.text(template, "rejectionCode")));
		if (body.hasNonNull("category") && !Json.text(body, "category").equals(Json.text(template, "category"))
				&& !categoryEditable) {
			throw PapiException.conflict("template_category_not_updatable", "Template category is not updatable.",
					"The category can change only for drafts or templates rejected for INCORRECT_CATEGORY.");
		}
		if (body.has("allowCategoryChange") && !categoryEditable) {
			throw PapiException.conflict("template_allow_category_change_not_updatable",
					"allowCategoryChange is not updatable.",
					"allowCategoryChange can change only for drafts or templates rejected for INCORRECT_CATEGORY.");
		}
		if (body.hasNonNull("category")) {
			template.put("category", Json.text(body, "category"));
		}
		JsonNode details = body.has("details") ? body.get("details")
				: template.path("changes").has("details") ? template.path("changes").get("details")
						: template.path("details");
		boolean allowCategoryChange = body.path("allowCategoryChange")
			.asBoolean(template.path("changes").path("allowCategoryChange").asBoolean(false));
		core.activity(project, activityKey(Json.text(template, "name"), Json.text(template, "language")), "EDITED", null);
		if (submit && (state == null || state.equals("REJECTED"))) {
			submitFirstTime(project, template, details, allowCategoryChange);
		}
		else {
			setChanges(template, submit ? "IN_PROGRESS" : "DRAFT", details, allowCategoryChange);
			if (submit) {
				scheduleReview(project, template);
			}
		}
		return SandboxResponse.ok(template);
	}

	/**
	 * Without deleteSubmitted only the pending changes go (a never-submitted draft goes entirely); with it the
	 * submitted template is deleted too and its name + language is blocked for four weeks.
	 */
	private SandboxResponse deleteLanguage(SandboxRequest request, ProjectState project) {
		ObjectNode template = find(request, project);
		String name = Json.text(template, "name");
		String language = Json.text(template, "language");
		boolean submitted = template.has("state");
		if (!submitted) {
			project.templates.remove(key(name, language));
			return SandboxResponse.noContent();
		}
		if ("true".equalsIgnoreCase(request.queryParam("deleteSubmitted"))) {
			project.templates.remove(key(name, language));
			core.cancelTransitions(project.id, key(name, language));
			project.blockedTemplates.put(key(name, language), core.nowMillis() + LANGUAGE_BLOCK.toMillis());
			core.publish(project, "WHATSAPP_TEMPLATE_DELETED", template);
			return SandboxResponse.noContent();
		}
		if (!template.has("changes") || "PENDING".equals(Json.text(template, "state"))) {
			throw PapiException.conflict("template_not_deletable_due_to_input_config",
					"Template is submitted and deleteSubmitted is false.",
					"Pass deleteSubmitted=true to delete the submitted template.");
		}
		core.cancelTransitions(project.id, key(name, language));
		template.remove("changes");
		return SandboxResponse.noContent();
	}

	private SandboxResponse deleteByName(SandboxRequest request, ProjectState project) {
		AccountApi.requireInitialized(project);
		String name = request.variable("templateName");
		List<ObjectNode> templates = languagesOf(project, name);
		if (templates.isEmpty()) {
			throw PapiException.notFound("template_not_found", "Template");
		}
		for (ObjectNode template : templates) {
			String key = key(name, Json.text(template, "language"));
			project.templates.remove(key);
			core.cancelTransitions(project.id, key);
			if (template.has("state")) {
				core.publish(project, "WHATSAPP_TEMPLATE_DELETED", template);
			}
		}
		project.blockedTemplates.put(name, core.nowMillis() + NAME_BLOCK.toMillis());
		return SandboxResponse.noContent();
	}

	private SandboxResponse activities(SandboxRequest request, ProjectState project) {
		ObjectNode template = find(request, project);
		List<ObjectNode> newestFirst = new ArrayList<>(project.activities
			.getOrDefault(activityKey(Json.text(template, "name"), Json.text(template, "language")), List.of()));
		Collections.reverse(newestFirst);
		return SandboxResponse.ok(Paging.page(request, newestFirst, "notifications", 100, 50));
	}

	private SandboxResponse comment(SandboxRequest request, ProjectState project) {
		ObjectNode template = find(request, project);
		ObjectNode comment = SendersApi.addComment(core, project,
				activityKey(Json.text(template, "name"), Json.text(template, "language")), request.jsonObject());
		core.publish(project, "WHATSAPP_TEMPLATE_COMMENT_ADDED", template, Json.text(comment, "comment"), null);
		return SandboxResponse.created(comment);
	}

	private ObjectNode find(SandboxRequest request, ProjectState project) {
		AccountApi.requireInitialized(project);
		String language = requireLanguage(request.variable("languageCode"));
		ObjectNode template = project.templates.get(key(request.variable("templateName"), language));
		if (template == null) {
			throw PapiException.notFound("template_not_found", "Template");
		}
		return template;
	}

	private static String requireLanguage(String language) {
		if (!LANGUAGES.contains(language)) {
			throw PapiException.unsupportedCodes("template_invalid_language_code", "Invalid language code.", LANGUAGES);
		}
		return language;
	}

	private void requireNewNameAndLanguage(ProjectState project, String name, String language, String category) {
		if (project.templates.containsKey(key(name, language))) {
			throw PapiException.conflict("template_exists", "Template already exists.",
					"Use another name or language, or update the existing template.");
		}
		if (blocked(project, name)) {
			throw PapiException.conflict("template_name_recently_used", "Template name was deleted within 30 days.",
					"Use another name.");
		}
		if (blocked(project, key(name, language))) {
			throw PapiException.conflict("template_language_recently_deleted",
					"Template language was deleted within 4 weeks.", "Use another name or language.");
		}
		boolean otherCategory = languagesOf(project, name).stream()
			.anyMatch(other -> !category.equals(Json.text(other, "category")));
		if (otherCategory) {
			throw PapiException.conflict("template_incorrect_category",
					"Template category differs from the other languages of the name.",
					"Use the category of the existing languages.");
		}
	}

	private boolean blocked(ProjectState project, String key) {
		Long until = project.blockedTemplates.get(key);
		return until != null && until > core.nowMillis();
	}

	private static List<ObjectNode> sorted(ProjectState project) {
		return project.templates.values()
			.stream()
			.sorted(Comparator.comparing((ObjectNode template) -> Json.text(template, "name"))
				.thenComparing(template -> Json.text(template, "language")))
			.toList();
	}

	private static List<ObjectNode> languagesOf(ProjectState project, String name) {
		return sorted(project).stream().filter(template -> name.equals(Json.text(template, "name"))).toList();
	}

	static String key(String name, String language) {
		return name + ":" + language;
	}

	private static String activityKey(String name, String language) {
		return "template:" + key(name, language);
	}

}
