package com.provisioningportal.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import com.provisioningportal.sandbox.SandboxState.ScheduledTransition;
import com.provisioningportal.sandbox.SandboxState.SenderBackstage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WhatsApp senders: list, get, create (Embedded Signup and partner-initiated), the OTP register/verify flow,
 * profile updates through pending {@code changes}, discarding changes, deletion, activities and comments.
 */
final class SendersApi {

	static final List<String> STATES = List.of("ACTIVE", "IN_PROGRESS", "INACTIVE", "PENDING_VERIFICATION", "SUSPENDED",
			"ERROR");

	static final List<String> CHANGE_STATUSES = List.of("DRAFT", "ERROR", "IN_PROGRESS", "REJECTED");

	static final List<String> REGIONS = List.of("BR", "EU", "US");

	static final List<String> META_LOCAL_STORAGE = List.of("AE", "AU", "BH", "BR", "CA", "CH", "DE", "GB", "ID", "IN",
			"JP", "KR", "SG", "US", "ZA");

	static final List<String> VERTICALS = List.of("ALCOHOL", "AUTOMOTIVE", "BEAUTY_SPA_SALON", "CLOTHING_AND_APPAREL",
			"EDUCATION", "ENTERTAINMENT", "EVENT_PLANNING_AND_SERVICE", "FINANCE_AND_BANKING", "FOOD_AND_GROCERY",
			"HOTEL_AND_LODGING", "MEDICAL_AND_HEALTH", "NON_PROFIT", "ONLINE_GAMBLING", "OTC_DRUGS", "OTHER",
			"PHYSICAL_GAMBLING", "PROFESSIONAL_SERVICES", "PUBLIC_SERVICE", "RESTAURANT", "SHOPPING_AND_RETAIL",
			"TRAVEL_AND_TRANSPORTATION");

	/** The one code the sandbox's simulated SMS/voice call delivers. */
	static final String OTP = "123456";

	/** Embedded Signup phone number ids starting with this end in ERROR instead of ACTIVE. */
	static final String FAILING_PHONE_NUMBER_ID_PREFIX = "9990";

	private static final Duration DELETION_GRACE = Duration.ofDays(30);

	private static final int MAX_WRONG_CODES = 3;

	private static final String BASE = "/v1/projects/{projectId}/whatsapp/senders";

	private static final String SENDER = BASE + "/{senderId}";

	static final String META_VERIFIED_PREFIX = "999";

	private static final Set<String> PROFILE_FIELDS = Set.of("displayName", "description", "vertical", "email",
			"address", "websiteOne", "websiteTwo", "about", "photoUrl", "username");

	private final SandboxCore core;

	private final Authentication auth;

	SendersApi(SandboxCore core, Authentication auth) {
		this.core = core;
		this.auth = auth;
		core.onTransition("sender.settle", this::settle);
		core.onTransition("sender.pending-verification", this::awaitVerification);
		core.onTransition("sender.apply-changes", this::applyChanges);
		core.onTransition("sender.remove", this::remove);
	}

	void register(Router router) {
		router.add("GET", BASE, auth.scoped(this::list))
			.add("POST", BASE, auth.scoped(this::create))
			.add("GET", SENDER, auth.scoped((request, project) -> SandboxResponse.ok(find(request, project))))
			.add("PATCH", SENDER, auth.scoped(this::update))
			.add("DELETE", SENDER, auth.scoped(this::delete))
			.add("DELETE", SENDER + "/changes", auth.scoped(this::discardChanges))
			.add("GET", SENDER + "/activities", auth.scoped(this::activities))
			.add("POST", SENDER + "/comments", auth.scoped(this::comment))
			.add("POST", SENDER + "/register", auth.scoped(this::requestCode))
			.add("POST", SENDER + "/verify", auth.scoped(this::verify));
	}

	private SandboxResponse list(SandboxRequest request, ProjectState project) {
		AccountApi.requireInitialized(project);
		Validation.StateFilter filter = Validation.stateFilter(request, STATES, CHANGE_STATUSES);
		List<ObjectNode> senders = project.senders.values()
			.stream()
			.filter(filter::matches)
			.toList();
		return SandboxResponse.ok(Paging.page(request, senders, "senders", 100, 50));
	}

	private SandboxResponse create(SandboxRequest request, ProjectState project) {
		ObjectNode body = request.jsonObject();
		boolean partnerInitiated = body.has("phoneNumberProvider") || (body.has("details") && !body.has("wabaId"));
		return SandboxResponse.created(partnerInitiated ? createPartnerInitiated(project, body)
				: createFromEmbeddedSignup(project, body));
	}

	/** The Embedded Signup body: Meta's WABA and phone number ids; the profile is "fetched from Meta". */
	private ObjectNode createFromEmbeddedSignup(ProjectState project, ObjectNode body) {
		new Validation(body).allowOnly(Set.of("wabaId", "phoneNumberId", "region", "metaLocalStorage", "businessManager",
				"authenticationCode"))
			.required("wabaId")
			.required("phoneNumberId")
			.string("wabaId", 1, 64)
			.string("phoneNumberId", 1, 64)
			.oneOf("region", REGIONS)
			.oneOf("metaLocalStorage", META_LOCAL_STORAGE)
			.oneOf("businessManager", List.of("SINCH_BR", "SINCH_MX", "SINCH_UK"))
			.string("authenticationCode", 1, 4096)
			.throwIfInvalid();
		String region = body.path("region").asString("EU");
		String businessManager = body.path("businessManager").asString(defaultBusinessManager(region));
		requireSupportedBusinessManager(region, businessManager);
		String wabaId = Json.text(body, "wabaId");
		String phoneNumberId = Json.text(body, "phoneNumberId");
		requireWabaOfThisProject(project, wabaId);
		requireUnusedPhoneNumberId(project, phoneNumberId);
		if (project.account == null) {
			AccountApi.onboardByEmbeddedSignup(core, project, wabaId, region, businessManager);
		}
		ObjectNode details = Json.object();
		details.put("displayName", "Sandbox sender " + last(phoneNumberId, 4));
		details.put("vertical", "OTHER");
		ObjectNode sender = newSender(region, body.path("metaLocalStorage").asString(defaultStorage(region)),
				businessManager);
		sender.put("state", "IN_PROGRESS");
		sender.put("countryCode", "48");
		sender.put("phoneNumber", "5" + last(phoneNumberId, 8));
		sender.put("numberProvider", "CUSTOMER");
		ObjectNode changes = sender.putObject("changes");
		changes.put("status", "IN_PROGRESS");
		changes.set("details", details);
		SenderBackstage backstage = store(project, sender);
		backstage.wabaId = wabaId;
		backstage.phoneNumberId = phoneNumberId;
		String id = Json.text(sender, "id");
		core.activity(project, key(id), "CREATED", null);
		core.activity(project, key(id), "IN_PROGRESS", null);
		core.schedule(core.options().provisioningDelay(), "sender.settle", project.id, id);
		return sender;
	}

	/** A partner-initiated sender: DRAFT only stores it; SUBMIT ends in PENDING_VERIFICATION (or REJECTED). */
	private ObjectNode createPartnerInitiated(ProjectState project, ObjectNode body) {
		AccountApi.requireInitialized(project);
		Validation validation = new Validation(body).required("phoneNumberProvider")
			.required("details")
			.oneOf("phoneNumberProvider", List.of("CUSTOMER", "SINCH"))
			.oneOf("status", List.of("DRAFT", "SUBMIT"))
			.oneOf("region", REGIONS)
			.oneOf("metaLocalStorage", META_LOCAL_STORAGE)
			.bool("saveDraftOnFailure");
		Validation details = validation.nested("details").required("displayName").required("vertical").required("countryCode");
		validateProfile(details);
		details.string("countryCode", 1, 4).string("phoneNumber", 1, 32);
		String countryCode = Json.text(body.path("details"), "countryCode");
		String phoneNumber = Json.text(body.path("details"), "phoneNumber");
		if (countryCode != null && !countryCode.matches("\\d+")) {
			validation.fail("details.countryCode must be a number string");
		}
		if (phoneNumber != null && countryCode != null && project.senders.values()
			.stream()
			.anyMatch(sender -> phoneNumber.equals(Json.text(sender, "phoneNumber"))
					&& countryCode.equals(Json.text(sender, "countryCode")))) {
			validation.fail("details.phoneNumber already exists as a sender");
		}
		validation.throwIfInvalid();
		String region = body.path("region").asString(
				project.account.path("details").path("senderDetails").path("region").asString("EU"));
		ObjectNode sender = newSender(region, body.path("metaLocalStorage").asString(defaultStorage(region)),
				Json.text(project.account, "businessManager"));
		sender.put("countryCode", countryCode);
		if (phoneNumber != null) {
			sender.put("phoneNumber", phoneNumber);
		}
		sender.put("numberProvider", Json.text(body, "phoneNumberProvider"));
		ObjectNode changes = sender.putObject("changes");
		ObjectNode profile = Json.copy((ObjectNode) body.get("details"));
		profile.remove("countryCode");
		profile.remove("phoneNumber");
		changes.set("details", profile);
		store(project, sender);
		String id = Json.text(sender, "id");
		core.activity(project, key(id), "CREATED", null);
		if ("DRAFT".equals(Json.text(body, "status"))) {
			changes.put("status", "DRAFT");
			core.activity(project, key(id), "DRAFT", null);
		}
		else {
			changes.put("status", "IN_PROGRESS");
			sender.put("state", "IN_PROGRESS");
			core.activity(project, key(id), "IN_PROGRESS", null);
			core.schedule(core.options().provisioningDelay(), "sender.pending-verification", project.id, id);
		}
		return sender;
	}

	private ObjectNode newSender(String region, String metaLocalStorage, String businessManager) {
		ObjectNode sender = Json.object();
		sender.put("id", Ids.uuid());
		String now = Json.timestamp(core.now());
		sender.put("created", now);
		sender.put("modified", now);
		sender.put("region", region);
		sender.put("metaLocalStorage", metaLocalStorage);
		sender.put("bearerToken", Ids.hex(48));
		sender.put("cloudApi", true);
		sender.put("businessManager", businessManager);
		sender.set("compatibleRegions", Json.array(List.of(region.toLowerCase())));
		return sender;
	}

	private static SenderBackstage store(ProjectState project, ObjectNode sender) {
		String id = Json.text(sender, "id");
		project.senders.put(id, sender);
		SenderBackstage backstage = new SenderBackstage();
		project.senderBackstage.put(id, backstage);
		return backstage;
	}

	/** ES and OTP-verified senders finish provisioning: ACTIVE, or ERROR for the failing phone number ids. */
	private void settle(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.senders.get(transition.resourceId());
		if (sender == null) {
			return;
		}
		String phoneNumberId = project.senderBackstage.get(transition.resourceId()).phoneNumberId;
		if (phoneNumberId != null && phoneNumberId.startsWith(FAILING_PHONE_NUMBER_ID_PREFIX)) {
			sender.put("state", "ERROR");
			ObjectNode changes = sender.withObject("changes");
			changes.put("status", "ERROR");
			changes.put("errorCode", "CANNOT_REGISTER_TO_CLOUD_API");
			changes.put("errorReason", "Meta refused to register the phone number to the Cloud API.");
			touch(sender);
			core.activity(project, key(transition.resourceId()), "ERROR", null);
			core.publish(project, "WHATSAPP_SENDER_ERROR", sender);
			return;
		}
		activate(project, sender);
	}

	private void activate(ProjectState project, ObjectNode sender) {
		JsonNode pending = sender.path("changes").path("details");
		if (pending.isObject()) {
			sender.set("details", pending.deepCopy());
		}
		sender.remove("changes");
		sender.put("state", "ACTIVE");
		sender.put("qualityRating", "GREEN");
		sender.put("maxTps", 80);
		sender.put("dailyLimit", "TIER_1K");
		touch(sender);
		core.activity(project, key(Json.text(sender, "id")), "ACTIVE", null);
		core.publish(project, "WHATSAPP_SENDER_ACTIVE", sender);
	}

	private void awaitVerification(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.senders.get(transition.resourceId());
		if (sender == null) {
			return;
		}
		ObjectNode changes = sender.withObject("changes");
		if (Json.text(changes.path("details"), "displayName").startsWith("Reject")) {
			sender.remove("state");
			changes.put("status", "REJECTED");
			touch(sender);
			core.activity(project, key(transition.resourceId()), "REJECTED", null);
			core.publish(project, "WHATSAPP_SENDER_REJECTED", sender);
			return;
		}
		sender.set("details", changes.get("details"));
		sender.remove("changes");
		sender.put("state", "PENDING_VERIFICATION");
		touch(sender);
		core.publish(project, "WHATSAPP_SENDER_PENDING_VERIFICATION", sender);
	}

	/** Numbers starting with {@value #META_VERIFIED_PREFIX} count as verified by Meta already (say, on another BSP). */
	private static boolean verifiedByMeta(ObjectNode sender) {
		String number = Json.text(sender, "phoneNumber");
		return number != null && number.startsWith(META_VERIFIED_PREFIX);
	}

	private SandboxResponse requestCode(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		ObjectNode body = request.jsonObject();
		new Validation(body).allowOnly(Set.of("method"))
			.required("method")
			.oneOf("method", List.of("SMS", "VOICE"))
			.throwIfInvalid();
		if (!"PENDING_VERIFICATION".equals(Json.text(sender, "state"))) {
			throw PapiException.conflict("not_allowed_register", "Register is not allowed for this sender.",
					"Only senders in PENDING_VERIFICATION can request a verification code.");
		}
		SenderBackstage backstage = project.senderBackstage.get(Json.text(sender, "id"));
		if (backstage.wrongCodes >= MAX_WRONG_CODES) {
			throw new PapiException(429, "too_many_invalid_verification_codes", "Too many invalid verification codes.",
					"Contact Sinch support.");
		}
		boolean metaVerified = verifiedByMeta(sender);
		backstage.codeSent = !metaVerified;
		core.activity(project, key(Json.text(sender, "id")), "REGISTERED", null);
		ObjectNode answer = Json.object();
		answer.put("id", Json.text(sender, "id"));
		answer.put("method", Json.text(body, "method"));
		answer.put("accepted", Json.timestamp(core.now()));
		answer.put("verificationCodeSent", !metaVerified);
		return SandboxResponse.ok(answer);
	}

	private SandboxResponse verify(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		ObjectNode body = request.jsonObject();
		String code = Json.text(body, "code");
		Validation validation = new Validation(body).allowOnly(Set.of("code"));
		// Since 1.2.22 the code is optional for a number Meta has verified already.
		boolean withoutCode = code == null && verifiedByMeta(sender);
		if (!withoutCode && (code == null || code.length() != 6 || code.contains(" "))) {
			validation.fail("code must be exactly 6 characters");
		}
		validation.throwIfInvalid();
		SenderBackstage backstage = project.senderBackstage.get(Json.text(sender, "id"));
		if (!"PENDING_VERIFICATION".equals(Json.text(sender, "state")) || !(backstage.codeSent || withoutCode)) {
			throw PapiException.conflict("not_allowed_verify", "Verify is not allowed for this sender.",
					"Only senders in PENDING_VERIFICATION that requested a code (register) can be verified.");
		}
		if (!withoutCode && !OTP.equals(code)) {
			backstage.wrongCodes++;
			throw PapiException.conflict("wrong_otp", "Wrong verification code.",
					"Enter the code that was sent, or request a new one.");
		}
		sender.put("state", "IN_PROGRESS");
		touch(sender);
		core.activity(project, key(Json.text(sender, "id")), "VERIFIED", null);
		core.schedule(core.options().provisioningDelay(), "sender.settle", project.id, Json.text(sender, "id"));
		return SandboxResponse.noContent();
	}

	private SandboxResponse update(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).allowOnly(Set.of("status", "details"))
			.oneOf("status", List.of("DRAFT", "SUBMIT"));
		validateProfile(validation.nested("details").allowOnly(PROFILE_FIELDS).notNull("displayName").notNull("vertical"));
		validation.throwIfInvalid();
		JsonNode requested = body.path("details");
		if (!requested.isObject() || requested.propertyNames().stream().noneMatch(PROFILE_FIELDS::contains)) {
			throw new PapiException(400, "no_fields_to_update", "No fields to update.",
					"Send at least one field in details.");
		}
		if (!"ACTIVE".equals(Json.text(sender, "state"))) {
			throw PapiException.conflict("sender_not_updatable", "Sender is not updatable.",
					"Only senders in state ACTIVE can be updated.");
		}
		String pendingStatus = Json.text(sender.path("changes"), "status");
		if (pendingStatus != null && !pendingStatus.equals("DRAFT") && !pendingStatus.equals("REJECTED")) {
			throw PapiException.conflict("sender_changes_not_updatable", "Sender changes are not updatable.",
					"Only changes with status DRAFT or REJECTED can be updated.");
		}
		if (requested.has("displayName") && "PENDING".equals(Json.text(sender.path("metadata").path("displayName"), "status"))) {
			throw PapiException.conflict("sender_display_name_update_not_allowed", "Display name is under review.",
					"Wait until the current display name review has finished.");
		}
		ObjectNode merged = sender.path("changes").path("details").isObject()
				? Json.copy((ObjectNode) sender.path("changes").path("details")) : Json.object();
		requested.properties()
			.stream()
			.filter(field -> PROFILE_FIELDS.contains(field.getKey()))
			.forEach(field -> merged.set(field.getKey(), field.getValue()));
		boolean submit = "SUBMIT".equals(Json.text(body, "status"));
		String id = Json.text(sender, "id");
		if (submit && merged.has("displayName")) {
			ObjectNode review = sender.withObject("metadata").putObject("displayName");
			review.put("value", Json.text(merged, "displayName"));
			review.put("status", "PENDING");
			merged.remove("displayName");
		}
		if (merged.isEmpty()) {
			sender.remove("changes");
		}
		else {
			ObjectNode changes = sender.putObject("changes");
			changes.put("status", submit ? "IN_PROGRESS" : "DRAFT");
			changes.set("details", merged);
		}
		touch(sender);
		core.activity(project, key(id), "EDITED", null);
		if (submit) {
			core.activity(project, key(id), "IN_PROGRESS", null);
			core.schedule(core.options().provisioningDelay(), "sender.apply-changes", project.id, id);
		}
		return SandboxResponse.ok(sender);
	}

	/** Submitted changes are applied: null clears a field; a display name under review gets approved. */
	private void applyChanges(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.senders.get(transition.resourceId());
		if (sender == null) {
			return;
		}
		ObjectNode details = sender.withObject("details");
		if ("IN_PROGRESS".equals(Json.text(sender.path("changes"), "status"))) {
			sender.path("changes").path("details").properties().forEach(field -> {
				if (field.getValue().isNull()) {
					details.remove(field.getKey());
				}
				else {
					details.set(field.getKey(), field.getValue());
				}
			});
			sender.remove("changes");
		}
		ObjectNode review = (ObjectNode) sender.path("metadata").get("displayName");
		boolean displayNameReviewed = review != null && "PENDING".equals(Json.text(review, "status"));
		if (displayNameReviewed) {
			review.put("status", "APPROVED");
			details.put("displayName", Json.text(review, "value"));
		}
		touch(sender);
		core.activity(project, key(transition.resourceId()), "ACTIVE", null);
		if (displayNameReviewed) {
			core.publish(project, "WHATSAPP_SENDER_DISPLAY_NAME_UPDATED", sender);
		}
		core.publish(project, "WHATSAPP_SENDER_ACTIVE", sender);
	}

	private SandboxResponse discardChanges(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		String status = Json.text(sender.path("changes"), "status");
		if (status == null) {
			throw PapiException.notFound("sender_changes_not_found", "Sender changes");
		}
		if (!List.of("DRAFT", "REJECTED", "ERROR").contains(status)) {
			throw PapiException.conflict("sender_changes_not_deletable", "Sender changes are not deletable.",
					"Only DRAFT, REJECTED or ERROR changes can be discarded.");
		}
		sender.remove("changes");
		touch(sender);
		return SandboxResponse.noContent();
	}

	/** The sender keeps working for 30 days, then disappears (WHATSAPP_SENDER_DELETED now, _INACTIVE then). */
	private SandboxResponse delete(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		String id = Json.text(sender, "id");
		SenderBackstage backstage = project.senderBackstage.get(id);
		if (backstage.deletedAt != null) {
			throw PapiException.conflict("sender_already_deleted", "A sender has been deleted within 30 days.",
					"The sender is removed 30 days after the first deletion.");
		}
		backstage.deletedAt = core.nowMillis();
		core.publish(project, "WHATSAPP_SENDER_DELETED", sender);
		core.schedule(DELETION_GRACE, "sender.remove", project.id, id);
		return SandboxResponse.noContent();
	}

	private void remove(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.senders.remove(transition.resourceId());
		if (sender != null) {
			sender.put("state", "INACTIVE");
			touch(sender);
			project.senderBackstage.remove(transition.resourceId());
			core.publish(project, "WHATSAPP_SENDER_INACTIVE", sender);
		}
	}

	private SandboxResponse activities(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		List<ObjectNode> newestFirst = new ArrayList<>(
				project.activities.getOrDefault(key(Json.text(sender, "id")), List.of()));
		Collections.reverse(newestFirst);
		return SandboxResponse.ok(Paging.page(request, newestFirst, "notifications", 100, 50));
	}

	private SandboxResponse comment(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		ObjectNode comment = addComment(core, project, key(Json.text(sender, "id")), request.jsonObject());
		core.publish(project, "WHATSAPP_SENDER_COMMENT_ADDED", sender, Json.text(comment, "comment"), null);
		return SandboxResponse.created(comment);
	}

	/** POST .../comments on senders, the account and templates: {comment} → {type: CREATED, comment, created}. */
	static ObjectNode addComment(SandboxCore core, ProjectState project, String activityKey, ObjectNode body) {
		new Validation(body).allowOnly(Set.of("comment")).required("comment").string("comment", 1, 65535).throwIfInvalid();
		core.activity(project, activityKey, "COMMENT_ADDED", Json.text(body, "comment"));
		ObjectNode answer = Json.object();
		answer.put("type", "CREATED");
		answer.put("comment", Json.text(body, "comment"));
		answer.put("created", Json.timestamp(core.now()));
		return answer;
	}

	private ObjectNode find(SandboxRequest request, ProjectState project) {
		AccountApi.requireInitialized(project);
		ObjectNode sender = project.senders.get(request.variable("senderId"));
		if (sender == null) {
			throw PapiException.notFound("sender_not_found", "Sender");
		}
		return sender;
	}

	private static void validateProfile(Validation details) {
		details.string("displayName", 1, 128)
			.oneOf("vertical", VERTICALS)
			.string("description", 1, 512)
			.string("email", 0, 128)
			.email("email")
			.string("address", 1, 256)
			.string("websiteOne", 1, 256)
			.url("websiteOne")
			.string("websiteTwo", 1, 256)
			.url("websiteTwo")
			.string("about", 1, 139)
			.string("photoUrl", 1, 256)
			.url("photoUrl")
			.string("username", 1, 64);
	}

	private void requireWabaOfThisProject(ProjectState project, String wabaId) {
		boolean usedElsewhere = core.state()
			.projects
			.values()
			.stream()
			.anyMatch(other -> other != project && other.account != null
					&& wabaId.equals(Json.text(other.account, "wabaId")));
		if (usedElsewhere) {
			throw PapiException.conflict("waba_id_used", "WABA is used by another project.",
					"Use a WABA that is not connected to another Sinch project.");
		}
		String ownWaba = project.account == null ? null : Json.text(project.account, "wabaId");
		if (ownWaba != null && !ownWaba.equals(wabaId)) {
			throw PapiException.conflict("wrong_waba_id", "A different WABA already exists for the project.",
					"Use the WABA already connected to this project.");
		}
	}

	private void requireUnusedPhoneNumberId(ProjectState project, String phoneNumberId) {
		for (ProjectState candidate : core.state().projects.values()) {
			boolean used = candidate.senderBackstage.values()
				.stream()
				.anyMatch(backstage -> phoneNumberId.equals(backstage.phoneNumberId));
			if (used && candidate == project) {
				throw PapiException.conflict("provisioned_phone_number_id", "Phone number is already provisioned.",
						"This phone number already is a sender of the project.");
			}
			if (used) {
				throw PapiException.conflict("used_phone_number_id", "Phone number is used by another project.",
						"Use a phone number that is not a sender elsewhere.");
			}
		}
	}

	/** Region × business manager support: BR takes SINCH_BR/SINCH_MX, EU only SINCH_UK, US all three. */
	private static void requireSupportedBusinessManager(String region, String businessManager) {
		boolean supported = switch (region) {
			case "BR" -> !businessManager.equals("SINCH_UK");
			case "EU" -> businessManager.equals("SINCH_UK");
			default -> true;
		};
		if (!supported) {
			throw new PapiException(400, "invalid_business_manager", "Invalid business manager for region " + region + ".",
					"Use a business manager supported in the region.");
		}
	}

	static String defaultBusinessManager(String region) {
		return region.equals("BR") ? "SINCH_BR" : "SINCH_UK";
	}

	static String defaultStorage(String region) {
		return switch (region) {
			case "BR" -> "BR";
			case "US" -> "US";
			default -> "DE";
		};
	}

	static String key(String senderId) {
		return "sender:" + senderId;
	}

	private void touch(ObjectNode sender) {
		sender.put("modified", Json.timestamp(core.now()));
	}

	private static String last(String value, int count) {
		String digits = value.replaceAll("\\D", "");
		String padded = "0".repeat(count) + digits;
		return padded.substring(padded.length() - count);
	}

}
