package com.provisioningportal.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.provisioningportal.sandbox.SandboxState.ProjectState;
import com.provisioningportal.sandbox.SandboxState.ScheduledTransition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RCS senders: list, get, create, update (brand, countries, launch questionnaire), launch with its country and
 * operator statuses, test numbers and their invitations, the launch questions of a use case, activities and comments.
 * The outcomes follow the brand name: "Reject..." is refused by every operator, "Partial..." by the last operator of
 * each country, "Changes..." is sent back by Sinch's review with a comment; test numbers ending in 0000 decline the
 * invitation. The sandbox's control can make operators decide otherwise, at once ({@link #forceDecisions}).
 */
final class RcsSendersApi {

	static final List<String> STATES = List.of("DRAFT", "IN_PROGRESS", "IN_TEST", "LAUNCHED", "LAUNCHING",
			"PENDING_LAUNCH", "PREPARING_LAUNCH", "UNLAUNCHED", "UNKNOWN");

	static final List<String> BILLING_CATEGORIES = List.of("CONVERSATIONAL", "NON_CONVERSATIONAL", "BASIC_MESSAGE",
			"SINGLE_MESSAGE", "CONVERSATIONAL_LEGACY");

	static final List<String> USE_CASES = List.of("MULTIUSE", "OTP", "PROMOTIONAL", "TRANSACTIONAL");

	static final List<String> COUNTRIES = List.of("AT", "BE", "BR", "CA", "CZ", "DK", "FI", "FR", "DE", "GR", "HU", "IT",
			"MX", "NL", "NO", "PE", "PL", "PT", "SG", "SK", "ES", "SE", "US", "GB");

	/** Test numbers ending like this decline the invitation to become a tester. */
	static final String DECLINING_TEST_NUMBER_SUFFIX = "0000";

	static final String REJECTED_BRAND_PREFIX = "Reject";

	static final String PARTIAL_BRAND_PREFIX = "Partial";

	static final String CHANGES_BRAND_PREFIX = "Changes";

	static final String CHANGES_COMMENT = "Please use a logo of at least 224x224 pixels and launch again.";

	static final String OPERATOR_REMARK = "The operator does not accept this brand for RCS.";

	/** Published: an agent may send 20 tester requests a day and 200 in all. */
	static final int TESTER_REQUESTS_PER_DAY = 20;

	static final int TESTER_REQUESTS_IN_ALL = 200;

	static final List<String> GENERAL_QUESTIONS = List.of("optInDescription", "triggerDescription",
			"interactionsDescription", "optOutDescription", "videoUris");

	static final List<String> VERIFICATION_QUESTIONS = List.of("name", "email", "title", "website");

	/** The only country with questions of its own in the sandbox (the guide shows them for Great Britain). */
	static final Map<String, List<String>> COUNTRY_QUESTIONS = Map.of("gb",
			List.of("brandIndustry", "messagesVolume", "messagesFrequency", "campaignLength"));

	private static final Map<String, String> QUESTION_TEXTS = questionTexts();

	private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

	private static final Pattern CONTACT_NUMBER = Pattern.compile("\\+[1-9]\\d{6,14}|\\d{4,15}");

	private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

	private static final Set<String> BRAND_FIELDS = Set.of("name", "description", "color", "logoUrl", "bannerUrl",
			"privacyPolicyUrl", "termsOfServiceUrl", "emails", "phones", "websites");

	private static final Set<String> DETAIL_FIELDS = Set.of("brand", "callbackUrl", "testNumbers", "countries",
			"questionnaire");

	private static final Set<String> BUSY_STATES = Set.of("PENDING_LAUNCH", "PREPARING_LAUNCH", "LAUNCHING");

	private static final Map<String, List<String>> OPERATORS = Map.of("FR", List.of("Orange", "SFR", "Bouygues", "Free"),
			"GB", List.of("EE", "O2", "Three", "Vodafone"), "DE", List.of("Telekom", "Vodafone", "O2"), "PL",
			List.of("Orange", "Play", "Plus", "T-Mobile"), "ES", List.of("Movistar", "Orange", "Vodafone"));

	private static final String BASE = "/v1/projects/{projectId}/rcs/senders";

	private static final String SENDER = BASE + "/{senderId}";

	private static final String TEST_NUMBER = SENDER + "/testNumbers/{testNumber}";

	private final SandboxCore core;

	private final Authentication auth;

	RcsSendersApi(SandboxCore core, Authentication auth) {
		this.core = core;
		this.auth = auth;
		core.onTransition("rcs.test-agent", this::testAgentReady);
		core.onTransition("rcs.testers", this::testersAnswer);
		core.onTransition("rcs.review", this::review);
		core.onTransition("rcs.operators", this::operatorsDecide);
	}

	void register(Router router) {
		router.add("GET", BASE, auth.scoped(this::list))
			.add("POST", BASE, auth.scoped(this::create))
			.add("GET", SENDER, auth.scoped((request, project) -> SandboxResponse.ok(find(request, project))))
			.add("PATCH", SENDER, auth.scoped(this::update))
			.add("POST", SENDER + "/launch", auth.scoped(this::launch))
			.add("POST", SENDER + "/testNumbers", auth.scoped(this::addTestNumbers))
			.add("GET", TEST_NUMBER, auth.scoped(this::testNumber))
			.add("DELETE", TEST_NUMBER, auth.scoped(this::deleteTestNumber))
			.add("GET", TEST_NUMBER + "/retry", auth.scoped(this::retryTestNumber))
			.add("GET", SENDER + "/activities", auth.scoped(this::activities))
			.add("POST", SENDER + "/comments", auth.scoped(this::comment))
			.add("GET", "/v1/projects/{projectId}/rcs/questionnaire/{useCase}", auth.scoped(this::questions));
	}

	private SandboxResponse list(SandboxRequest request, ProjectState project) {
		List<String> states = request.queryParams("filterStates");
		if (!STATES.containsAll(states)) {
			throw PapiException.unsupportedCodes("invalid_filter_states", "Invalid filter states.", STATES);
		}
		String name = request.queryParam("filterSenderName");
		String search = request.queryParam("search");
		List<ObjectNode> senders = project.rcsSenders.values()
			.stream()
			.filter(sender -> states.isEmpty() || states.contains(Json.text(sender, "state")))
			.filter(sender -> name == null || name.equals(brandName(sender)))
			.filter(sender -> search == null || brandName(sender).toLowerCase().contains(search.toLowerCase()))
			.sorted(order(request))
			.toList();
		return SandboxResponse.ok(Paging.page(request, senders, "senders", 100, 50));
	}

	/** Creation order unless {@code sortColumn} (CREATED, MODIFIED, NAME, STATE) and {@code sortDirection} say else. */
	private static Comparator<ObjectNode> order(SandboxRequest request) {
		String column = request.queryParam("sortColumn");
		String direction = request.queryParam("sortDirection");
		Validation validation = new Validation(Json.object());
		if (column != null && !List.of("CREATED", "MODIFIED", "NAME", "STATE").contains(column)) {
			validation.fail("sortColumn must be one of the following values: CREATED, MODIFIED, NAME, STATE");
		}
		if (direction != null && !List.of("ASC", "DESC").contains(direction)) {
			validation.fail("sortDirection must be one of the following values: ASC, DESC");
		}
		validation.throwIfInvalid();
		if (column == null) {
			return (a, b) -> 0;
		}
		Comparator<ObjectNode> comparator = Comparator.comparing(sender -> switch (column) {
			case "NAME" -> brandName(sender);
			case "STATE" -> Json.text(sender, "state");
			default -> Json.text(sender, column.toLowerCase());
		});
		return "DESC".equals(direction) ? comparator.reversed() : comparator;
	}

	private SandboxResponse create(SandboxRequest request, ProjectState project) {
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).allowOnly(Set.of("region", "billingCategory", "useCase", "details"))
			.required("region")
			.required("billingCategory")
			.required("useCase")
			.required("details")
			.oneOf("region", SendersApi.REGIONS)
			.oneOf("billingCategory", BILLING_CATEGORIES)
			.oneOf("useCase", USE_CASES);
		Validation details = validation.nested("details").allowOnly(DETAIL_FIELDS).required("brand");
		validateDetails(details, body.path("details"));
		validateBrand(details.nested("brand").required("name"), body.path("details").path("brand"));
		validation.throwIfInvalid();
		ObjectNode sender = Json.object();
		String id = Ids.uuid();
		sender.put("id", id);
		sender.put("region", Json.text(body, "region"));
		sender.put("billingCategory", Json.text(body, "billingCategory"));
		sender.put("useCase", Json.text(body, "useCase"));
		sender.put("state", "IN_PROGRESS");
		ObjectNode storedDetails = Json.copy((ObjectNode) body.get("details"));
		storedDetails.withArray("testNumbers");
		storedDetails.withArray("countries");
		sender.set("details", storedDetails);
		ArrayNode testNumberStates = sender.putArray("testNumberStates");
		for (String number : Json.strings(storedDetails.get("testNumbers"))) {
			testNumberStates.add(invitation(number));
		}
		sender.putArray("countryStatus");
		String now = Json.timestamp(core.now());
		sender.put("created", now);
		sender.put("modified", now);
		project.rcsSenders.put(id, sender);
		core.activity(project, key(id), "CREATED", null);
		core.schedule(core.options().provisioningDelay(), "rcs.test-agent", project.id, id);
		return SandboxResponse.created(sender);
	}

	/**
	 * A sender for the dev seed, created a week ago with a complete brand and questionnaire and verified test
	 * numbers: IN_TEST, or LAUNCHED with every operator of its countries.
	 */
	static ObjectNode seeded(SandboxCore core, ProjectState project, String name, String state, List<String> countries,
			List<String> testNumbers) {
		Map<String, String> outcomes = new HashMap<>();
		if (state.equals("LAUNCHED")) {
			countries.forEach(country -> outcomes.put(country, "LAUNCHED"));
		}
		return seeded(core, project, name, state, countries, testNumbers, outcomes);
	}

	/**
	 * A seeded sender whose launch got as far as {@code outcomes} says, country by country: every operator of a
	 * country LAUNCHED, REJECTED (with the operator's remark) or still PENDING. A sender still LAUNCHING goes on
	 * over the sandbox's clock as a launched one would.
	 */
	static ObjectNode seeded(SandboxCore core, ProjectState project, String name, String state, List<String> countries,
			List<String> testNumbers, Map<String, String> outcomes) {
		String created = Json.timestamp(core.now().minus(Duration.ofDays(7)));
		ObjectNode body = (ObjectNode) Json.read("""
				{"details": {"brand": {"name": "", "description": "Everything for the home", "color": "#0B5FFF",
				 "logoUrl": "https://retail.example.com/logo.png", "bannerUrl": "https://retail.example.com/banner.png",
				 "privacyPolicyUrl": "https://retail.example.com/privacy", "termsOfServiceUrl": "https://retail.example.com/terms",
				 "emails": [{"label": "Support", "address": "support@retail.example.com"}],
				 "phones": [{"label": "Helpdesk", "number": "+48600100900"}],
				 "websites": [{"label": "Shop", "url": "https://retail.example.com"}]},
				 "questionnaire": {
				  "general": {"answers": {"optInDescription": "Customers opt in at checkout",
				   "triggerDescription": "Orders and deliveries", "interactionsDescription": "Order updates and offers",
				   "optOutDescription": "Reply STOP to stop messages", "videoUris": ["https://retail.example.com/demo.mp4"]}},
				  "verification": {"answers": {"name": "Eva Nowak", "email": "eva@retail.example.com",
				   "title": "Head of e-commerce", "website": "https://retail.example.com"}}}}}
				""");
		ObjectNode details = (ObjectNode) body.get("details");
		((ObjectNode) details.get("brand")).put("name", name);
		details.set("testNumbers", Json.array(testNumbers));
		details.set("countries", Json.array(countries));
		ObjectNode sender = Json.object();
		String id = Ids.uuid();
		sender.put("id", id);
		sender.put("region", "EU");
		sender.put("billingCategory", "NON_CONVERSATIONAL");
		sender.put("useCase", "TRANSACTIONAL");
		sender.put("state", state);
		sender.set("details", details);
		ArrayNode states = sender.putArray("testNumberStates");
		testNumbers.forEach(number -> {
			ObjectNode entry = states.addObject();
			entry.put("number", number);
			entry.put("state", "VERIFIED");
			entry.put("submitted", created);
		});
		ArrayNode countryStatus = sender.putArray("countryStatus");
		countries.stream().filter(outcomes::containsKey).forEach(country -> {
			String outcome = outcomes.get(country);
			ObjectNode entry = countryStatus.addObject();
			entry.put("country", country);
			entry.put("status", outcome);
			ArrayNode operators = entry.putArray("operators");
			for (String operatorName : OPERATORS.getOrDefault(country, List.of(country + " Mobile", country + " Telecom"))) {
				ObjectNode operator = operators.addObject();
				operator.put("name", operatorName);
				operator.put("status", outcome);
				if (outcome.equals("REJECTED")) {
					operator.put("remark", OPERATOR_REMARK);
				}
				operator.put("modified", created);
			}
		});
		sender.put("created", created);
		sender.put("modified", created);
		project.rcsSenders.put(id, sender);
		core.activity(project, key(id), "CREATED", null);
		if (state.equals("LAUNCHING")) {
			core.schedule(core.options().provisioningDelay(), "rcs.operators", project.id, id);
		}
		return sender;
	}

	/** Sinch's test agent is ready: the sender can reach its test numbers, and invites them. */
	private void testAgentReady(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.rcsSenders.get(transition.resourceId());
		if (sender == null) {
			return;
		}
		changeState(project, sender, "IN_TEST");
		if (hasUnansweredInvitations(sender)) {
			core.schedule(core.options().provisioningDelay(), "rcs.testers", project.id, transition.resourceId());
		}
	}

	/** Invited testers answer: accepted (VERIFIED) or, for the declining numbers, DECLINED. No callback is published. */
	private void testersAnswer(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.rcsSenders.get(transition.resourceId());
		if (sender == null || "IN_PROGRESS".equals(Json.text(sender, "state"))) {
			return;
		}
		for (JsonNode entry : sender.path("testNumberStates")) {
			if ("UNVERIFIED".equals(Json.text(entry, "state"))) {
				boolean declines = Json.text(entry, "number").endsWith(DECLINING_TEST_NUMBER_SUFFIX);
				((ObjectNode) entry).put("state", declines ? "DECLINED" : "VERIFIED");
			}
		}
		touch(sender);
	}

	private SandboxResponse update(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		String questionnaireVersion = request.queryParam("usQuestionnaireVersion");
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).allowOnly(Set.of("details")).required("details");
		if (questionnaireVersion != null && !List.of("v1", "v2").contains(questionnaireVersion)) {
			validation.fail("usQuestionnaireVersion must be one of the following values: v1, v2");
		}
		Validation details = validation.nested("details")
			.allowOnly(Set.of("brand", "callbackUrl", "countries", "questionnaire"))
			.notNull("brand");
		validateDetails(details, body.path("details"));
		validateBrand(details.nested("brand").notNull("name"), body.path("details").path("brand"));
		validation.throwIfInvalid();
		if (BUSY_STATES.contains(Json.text(sender, "state"))) {
			throw PapiException.conflict("sender_not_updatable", "Sender is not updatable.",
					"Wait until the launch of the sender has finished.");
		}
		ObjectNode stored = sender.withObject("details");
		body.path("details").properties().forEach(field -> {
			if (field.getKey().equals("brand")) {
				mergeNullClears(stored.withObject("brand"), (ObjectNode) field.getValue());
			}
			else if (field.getKey().equals("questionnaire") && field.getValue().isObject()) {
				mergeNullClears(stored.withObject("questionnaire"), (ObjectNode) field.getValue());
			}
			else if (field.getValue().isNull()) {
				stored.remove(field.getKey());
			}
			else {
				stored.set(field.getKey(), field.getValue());
			}
		});
		touch(sender);
		core.activity(project, key(Json.text(sender, "id")), "EDITED", null);
		return SandboxResponse.ok(sender);
	}

	private static void mergeNullClears(ObjectNode target, ObjectNode changes) {
		changes.properties().forEach(field -> {
			if (field.getValue().isNull()) {
				target.remove(field.getKey());
			}
			else {
				target.set(field.getKey(), field.getValue());
			}
		});
	}

	/** The published requirements for a launch; what is missing is listed in {@code additionalInformation}. */
	private SandboxResponse launch(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		if (!List.of("IN_TEST", "UNLAUNCHED").contains(Json.text(sender, "state"))) {
			throw PapiException.conflict("sender_not_launchable", "Sender cannot be launched in its current state.",
					"Launch a sender in state IN_TEST or UNLAUNCHED.");
		}
		JsonNode details = sender.path("details");
		JsonNode brand = details.path("brand");
		List<String> missing = new ArrayList<>(missingAnswers(details));
		if (details.path("countries").isEmpty()) {
			missing.add("details.countries");
		}
		if (brand.path("phones").isEmpty() && brand.path("emails").isEmpty()) {
			missing.add("details.brand.phones or details.brand.emails");
		}
		for (String field : List.of("bannerUrl", "logoUrl", "privacyPolicyUrl", "termsOfServiceUrl")) {
			if (Json.text(brand, field) == null) {
				missing.add("details.brand." + field);
			}
		}
		if (!missing.isEmpty()) {
			ObjectNode info = Json.object();
			info.set("missingRequirements", Json.array(missing));
			throw new PapiException(400, "sender_not_ready_for_launch", "Sender is not ready for launch.",
					"Complete the questionnaire and the brand details listed and launch again.", info);
		}
		boolean withVideo = !details.path("questionnaire").path("general").path("answers").path("videoUris").isEmpty();
		changeState(project, sender, withVideo ? "PREPARING_LAUNCH" : "PENDING_LAUNCH");
		core.schedule(core.options().provisioningDelay(), "rcs.review", project.id, Json.text(sender, "id"));
		return SandboxResponse.ok(sender);
	}

	private static List<String> missingAnswers(JsonNode details) {
		JsonNode questionnaire = details.path("questionnaire");
		List<String> missing = new ArrayList<>();
		GENERAL_QUESTIONS.stream()
			.filter(question -> !question.equals("videoUris"))
			.filter(question -> Json.text(questionnaire.path("general").path("answers"), question) == null)
			.forEach(question -> missing.add("details.questionnaire.general.answers." + question));
		VERIFICATION_QUESTIONS.stream()
			.filter(question -> Json.text(questionnaire.path("verification").path("answers"), question) == null)
			.forEach(question -> missing.add("details.questionnaire.verification.answers." + question));
		COUNTRY_QUESTIONS.forEach((country, questions) -> {
			if (Json.strings(details.path("countries")).contains(country.toUpperCase())) {
				questions.stream()
					.filter(question -> Json.text(questionnaire.path(country).path("answers"), question) == null)
					.forEach(question -> missing.add("details.questionnaire." + country + ".answers." + question));
			}
		});
		return missing;
	}

	/** Sinch's own review of the launch: sent back with a comment, or on to the operators of every country. */
	private void review(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.rcsSenders.get(transition.resourceId());
		if (sender == null) {
			return;
		}
		if (brandName(sender).startsWith(CHANGES_BRAND_PREFIX)) {
			changeState(project, sender, "IN_TEST");
			core.activity(project, key(transition.resourceId()), "COMMENT_ADDED", CHANGES_COMMENT, "Sinch");
			core.publish(project, "RCS_SENDER_COMMENT_ADDED", sender, CHANGES_COMMENT, null);
			return;
		}
		ArrayNode countryStatus = sender.putArray("countryStatus");
		String now = Json.timestamp(core.now());
		for (String country : Json.strings(sender.path("details").path("countries"))) {
			ObjectNode entry = countryStatus.addObject();
			entry.put("country", country);
			entry.put("status", "PENDING");
			ArrayNode operators = entry.putArray("operators");
			for (String name : OPERATORS.getOrDefault(country, List.of(country + " Mobile", country + " Telecom"))) {
				ObjectNode operator = operators.addObject();
				operator.put("name", name);
				operator.put("status", "PENDING");
				operator.put("modified", now);
			}
		}
		changeState(project, sender, "LAUNCHING");
		core.schedule(core.options().provisioningDelay(), "rcs.operators", project.id, transition.resourceId());
	}

	/**
	 * One operator of every country decides per step (the first one still pending, so operators decided otherwise are
	 * skipped); the sender ends LAUNCHED once any country launched.
	 */
	private void operatorsDecide(ScheduledTransition transition) {
		ProjectState project = core.project(transition.projectId());
		ObjectNode sender = project.rcsSenders.get(transition.resourceId());
		if (sender == null || !"LAUNCHING".equals(Json.text(sender, "state"))) {
			return;
		}
		String name = brandName(sender);
		for (JsonNode country : sender.path("countryStatus")) {
			List<JsonNode> operators = operators(country);
			ObjectNode next = (ObjectNode) operators.stream().filter(RcsSendersApi::pending).findFirst().orElse(null);
			if (next == null) {
				continue;
			}
			boolean last = next == operators.get(operators.size() - 1);
			boolean rejects = name.startsWith(REJECTED_BRAND_PREFIX) || (last && name.startsWith(PARTIAL_BRAND_PREFIX));
			decide(project, sender, (ObjectNode) country, next, rejects ? "REJECTED" : "LAUNCHED", OPERATOR_REMARK);
		}
		if (!finishIfDecided(project, sender)) {
			core.schedule(core.options().provisioningDelay(), "rcs.operators", project.id, transition.resourceId());
		}
	}

	/**
	 * Operators of a launching sender decide now, whatever the brand name says: the one named, or every one of the
	 * country still pending when {@code operatorName} is null. The sandbox's control page and tests force outcomes so.
	 *
	 * @param remark the refusing operators' remark, or null for {@link #OPERATOR_REMARK}
	 * @return the sender after the decisions
	 */
	ObjectNode forceDecisions(String projectId, String senderId, String countryCode, String operatorName, String status,
			String remark) {
		if (projectId == null || senderId == null || countryCode == null) {
			throw new PapiException(400, "invalid_input", "projectId, senderId and country are required.",
					"Give the launching sender's project id, sender id and one of its countries.");
		}
		if (!List.of("LAUNCHED", "REJECTED").contains(String.valueOf(status))) {
			throw new PapiException(400, "invalid_status", "Invalid status " + status + ".",
					"An operator decides LAUNCHED or REJECTED.");
		}
		if (remark != null && status.equals("LAUNCHED")) {
			throw new PapiException(400, "invalid_remark", "Only a refusing operator gives a remark.",
					"Leave out the remark, or decide REJECTED.");
		}
		return core.locked(() -> {
			ProjectState project = core.project(projectId);
			if (project == null) {
				throw new PapiException(404, "project_not_found", "The sandbox has no project " + projectId + ".",
						"Use a project id from the control page.");
			}
			ObjectNode sender = project.rcsSenders.get(senderId);
			if (sender == null) {
				throw new PapiException(404, "sender_not_found",
						"Project " + projectId + " has no RCS sender " + senderId + ".", "Verify that the sender id is correct.");
			}
			String state = Json.text(sender, "state");
			if (!"LAUNCHING".equals(state)) {
				throw PapiException.conflict("sender_not_launching", "The sender is " + state + ", not LAUNCHING.",
						BUSY_STATES.contains(state) ? "Sinch's review hands the launch to the operators one delay after the "
								+ "launch; move the clock on until the sender is LAUNCHING."
								: "Operators decide only while a launch is with them: launch the sender first.");
			}
			ObjectNode country = findCountry(sender, countryCode);
			List<ObjectNode> deciding = deciding(country, operatorName);
			deciding.forEach(operator -> decide(project, sender, country, operator, status,
					remark == null ? OPERATOR_REMARK : remark));
			finishIfDecided(project, sender);
			return Json.copy(sender);
		});
	}

	private static ObjectNode findCountry(ObjectNode sender, String countryCode) {
		List<String> codes = new ArrayList<>();
		for (JsonNode country : sender.path("countryStatus")) {
			if (Json.text(country, "country").equalsIgnoreCase(String.valueOf(countryCode))) {
				return (ObjectNode) country;
			}
			codes.add(Json.text(country, "country"));
		}
		throw new PapiException(404, "country_not_found", "The launch has no country " + countryCode + ".",
				"Give one of the launch's countries: " + String.join(", ", codes) + ".");
	}

	/** The operator named, which must still be pending, or every pending one of the country (at least one). */
	private static List<ObjectNode> deciding(ObjectNode country, String operatorName) {
		String code = Json.text(country, "country");
		List<JsonNode> operators = operators(country);
		if (operatorName == null) {
			List<ObjectNode> pending = operators.stream().filter(RcsSendersApi::pending).map(ObjectNode.class::cast).toList();
			if (pending.isEmpty()) {
				throw PapiException.conflict("country_already_decided", "Every operator of " + code + " has decided.",
						"Force a country that still has pending operators.");
			}
			return pending;
		}
		ObjectNode operator = (ObjectNode) operators.stream()
			.filter(candidate -> Json.text(candidate, "name").equalsIgnoreCase(operatorName))
			.findFirst()
			.orElseThrow(() -> new PapiException(404, "operator_not_found",
					code + " has no operator " + operatorName + ".", "Give one of " + code + "'s operators: "
							+ String.join(", ", operators.stream().map(entry -> Json.text(entry, "name")).toList()) + "."));
		if (!pending(operator)) {
			throw PapiException.conflict("operator_already_decided",
					Json.text(operator, "name") + " in " + code + " has decided already: " + Json.text(operator, "status") + ".",
					"Force an operator that is still PENDING.");
		}
		return List.of(operator);
	}

	/** An operator's decision as Sinch shows it: status, remark and time, the country's status, and its callback. */
	private void decide(ProjectState project, ObjectNode sender, ObjectNode country, ObjectNode operator, String status,
			String remark) {
		operator.put("status", status);
		if (status.equals("REJECTED")) {
			operator.put("remark", remark);
		}
		operator.put("modified", Json.timestamp(core.now()));
		country.put("status", countryStatus(operators(country)));
		touch(sender);
		core.publish(project, "RCS_SENDER_OPERATOR_STATUS_UPDATED", sender);
	}

	/** With no operator left pending the sender is LAUNCHED (some country launched) or UNLAUNCHED; false before. */
	private boolean finishIfDecided(ProjectState project, ObjectNode sender) {
		boolean anyLaunched = false;
		for (JsonNode country : sender.path("countryStatus")) {
			if (operators(country).stream().anyMatch(RcsSendersApi::pending)) {
				return false;
			}
			anyLaunched |= "LAUNCHED".equals(Json.text(country, "status"));
		}
		changeState(project, sender, anyLaunched ? "LAUNCHED" : "UNLAUNCHED");
		return true;
	}

	private static List<JsonNode> operators(JsonNode country) {
		List<JsonNode> operators = new ArrayList<>();
		country.path("operators").forEach(operators::add);
		return operators;
	}

	private static boolean pending(JsonNode operator) {
		return "PENDING".equals(Json.text(operator, "status"));
	}

	/** A country is LAUNCHED once one operator launched, REJECTED when all refused, PENDING before. */
	private static String countryStatus(List<JsonNode> operators) {
		List<String> statuses = operators.stream().map(operator -> Json.text(operator, "status")).toList();
		if (statuses.contains("LAUNCHED")) {
			return "LAUNCHED";
		}
		return statuses.stream().allMatch("REJECTED"::equals) ? "REJECTED" : "PENDING";
	}

	private SandboxResponse addTestNumbers(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		ObjectNode body = request.jsonObject();
		Validation validation = new Validation(body).allowOnly(Set.of("testNumbers")).required("testNumbers");
		validateTestNumbers(validation, body, 1);
		validation.throwIfInvalid();
		List<String> numbers = Json.strings(body.get("testNumbers"));
		requireTesterRequestsLeft(sender, numbers.size());
		ArrayNode states = sender.withArray("testNumberStates");
		ArrayNode listed = sender.withObject("details").withArray("testNumbers");
		for (String number : numbers) {
			removeTestNumber(sender, number);
			states.add(invitation(number));
			listed.add(number);
		}
		touch(sender);
		if (!"IN_PROGRESS".equals(Json.text(sender, "state"))) {
			core.schedule(core.options().provisioningDelay(), "rcs.testers", project.id, Json.text(sender, "id"));
		}
		ObjectNode answer = Json.object();
		answer.set("testNumbers", states.deepCopy());
		return SandboxResponse.ok(answer);
	}

	/** Every invitation counts, a re-sent one too (the published limits are on tester requests). */
	private void requireTesterRequestsLeft(ObjectNode sender, int requested) {
		long dayAgo = core.now().minus(Duration.ofDays(1)).toEpochMilli();
		int today = 0;
		for (JsonNode entry : sender.path("testNumberStates")) {
			if (Instant.parse(Json.text(entry, "submitted")).toEpochMilli() > dayAgo) {
				today++;
			}
		}
		if (today + requested > TESTER_REQUESTS_PER_DAY
				|| sender.path("testNumberStates").size() + requested > TESTER_REQUESTS_IN_ALL) {
			throw new PapiException(429, "too_many_tester_requests", "Too many tester requests.",
					"An agent can send 20 tester requests a day and 200 in all.");
		}
	}

	private SandboxResponse testNumber(SandboxRequest request, ProjectState project) {
		return SandboxResponse.ok(findTestNumber(request, project));
	}

	private SandboxResponse retryTestNumber(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		ObjectNode entry = findTestNumber(request, project);
		if ("VERIFIED".equals(Json.text(entry, "state"))) {
			throw PapiException.conflict("test_number_already_verified", "Test number is verified already.",
					"Only test numbers that did not accept the invitation can be invited again.");
		}
		requireTesterRequestsLeft(sender, 1);
		entry.put("state", "UNVERIFIED");
		entry.put("submitted", Json.timestamp(core.now()));
		touch(sender);
		core.schedule(core.options().provisioningDelay(), "rcs.testers", project.id, Json.text(sender, "id"));
		return SandboxResponse.ok(entry);
	}

	private SandboxResponse deleteTestNumber(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		findTestNumber(request, project);
		removeTestNumber(sender, request.variable("testNumber"));
		touch(sender);
		return SandboxResponse.noContent();
	}

	private static void removeTestNumber(ObjectNode sender, String number) {
		ArrayNode states = sender.withArray("testNumberStates");
		for (int i = states.size() - 1; i >= 0; i--) {
			if (number.equals(Json.text(states.get(i), "number"))) {
				states.remove(i);
			}
		}
		ArrayNode listed = sender.withObject("details").withArray("testNumbers");
		for (int i = listed.size() - 1; i >= 0; i--) {
			if (number.equals(listed.get(i).asString())) {
				listed.remove(i);
			}
		}
	}

	private ObjectNode findTestNumber(SandboxRequest request, ProjectState project) {
		ObjectNode sender = find(request, project);
		String number = request.variable("testNumber");
		if (!E164.matcher(number).matches()) {
			Validation validation = new Validation(Json.object());
			validation.fail("testNumber must be a valid phone number in E.164 format");
			validation.throwIfInvalid();
		}
		for (JsonNode entry : sender.path("testNumberStates")) {
			if (number.equals(Json.text(entry, "number"))) {
				return (ObjectNode) entry;
			}
		}
		throw PapiException.notFound("test_number_not_found", "Test number");
	}

	private ObjectNode invitation(String number) {
		ObjectNode entry = Json.object();
		entry.put("number", number);
		entry.put("state", "UNVERIFIED");
		entry.put("submitted", Json.timestamp(core.now()));
		return entry;
	}

	private static boolean hasUnansweredInvitations(ObjectNode sender) {
		for (JsonNode entry : sender.path("testNumberStates")) {
			if ("UNVERIFIED".equals(Json.text(entry, "state"))) {
				return true;
			}
		}
		return false;
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
		ObjectNode comment = SendersApi.addComment(core, project, key(Json.text(sender, "id")), request.jsonObject());
		core.publish(project, "RCS_SENDER_COMMENT_ADDED", sender, Json.text(comment, "comment"), null);
		return SandboxResponse.created(comment);
	}

	/** The launch questions of a use case: general and verification ones, and those of the countries asked for. */
	private SandboxResponse questions(SandboxRequest request, ProjectState project) {
		Validation validation = new Validation(Json.object());
		if (!USE_CASES.contains(request.variable("useCase"))) {
			validation.fail("useCase must be one of the following values: " + String.join(", ", USE_CASES));
		}
		List<String> countries = request.queryParams("countries");
		if (!COUNTRIES.containsAll(countries)) {
			validation.fail("each value in countries must be one of the following values: " + String.join(", ", COUNTRIES));
		}
		validation.throwIfInvalid();
		ObjectNode answer = Json.object();
		answer.set("general", questionSet(GENERAL_QUESTIONS));
		answer.set("verification", questionSet(VERIFICATION_QUESTIONS));
		COUNTRY_QUESTIONS.forEach((country, questions) -> {
			if (countries.contains(country.toUpperCase())) {
				answer.set(country, questionSet(questions));
			}
		});
		return SandboxResponse.ok(answer);
	}

	private static ObjectNode questionSet(List<String> fields) {
		ObjectNode set = Json.object();
		ObjectNode questions = set.putObject("questions");
		for (String field : fields) {
			ObjectNode question = questions.putObject(field);
			question.put("question", QUESTION_TEXTS.getOrDefault(field, field));
			question.putArray("suggestedAnswers");
		}
		return set;
	}

	private static Map<String, String> questionTexts() {
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("optInDescription", "How do users agree to receive your messages?");
		texts.put("triggerDescription", "What makes the agent send a message?");
		texts.put("interactionsDescription", "What will the agent and users talk about?");
		texts.put("optOutDescription", "What does the agent answer when a user opts out?");
		texts.put("videoUris", "Links to videos showing the agent at work.");
		texts.put("name", "Who at the brand confirms the launch?");
		texts.put("email", "The e-mail address of that person.");
		texts.put("title", "Their job title.");
		texts.put("website", "The brand's website.");
		texts.put("brandIndustry", "Which industry is the brand in?");
		texts.put("messagesVolume", "How many messages a month do you expect?");
		texts.put("messagesFrequency", "How often will a user get a message?");
		texts.put("campaignLength", "How long will the campaign run?");
		return texts;
	}

	private ObjectNode find(SandboxRequest request, ProjectState project) {
		String senderId = request.variable("senderId");
		if (!Ids.UUID_FORMAT.matcher(senderId).matches()) {
			throw new PapiException(400, "invalid_id_format", "Id is not in the expected format.",
					"senderId param is in the wrong format. Confirm that you're sending the correct value.");
		}
		ObjectNode sender = project.rcsSenders.get(senderId);
		if (sender == null) {
			throw PapiException.notFound("sender_not_found", "Sender");
		}
		return sender;
	}

	private static void validateDetails(Validation details, JsonNode body) {
		details.string("callbackUrl", 1, 2048).url("callbackUrl").enumArray("countries", 0, COUNTRIES);
		validateTestNumbers(details, body, 0);
		JsonNode questionnaire = body.path("questionnaire");
		if (!body.has("questionnaire") || questionnaire.isNull()) {
			return;
		}
		if (!questionnaire.isObject()) {
			details.reject("questionnaire", "must be an object");
			return;
		}
		Validation sections = details.nested("questionnaire");
		List<String> known = new ArrayList<>(List.of("general", "verification"));
		COUNTRIES.forEach(country -> known.add(country.toLowerCase()));
		sections.allowOnly(Set.copyOf(known));
		questionnaire.properties().forEach(section -> {
			Validation answers = sections.nested(section.getKey()).allowOnly(Set.of("answers")).nested("answers");
			if (!section.getValue().path("answers").isObject()) {
				sections.reject(section.getKey() + ".answers", "must be an object");
				return;
			}
			List<String> allowed = switch (section.getKey()) {
				case "general" -> GENERAL_QUESTIONS;
				case "verification" -> VERIFICATION_QUESTIONS;
				default -> COUNTRY_QUESTIONS.getOrDefault(section.getKey(), List.of());
			};
			answers.allowOnly(Set.copyOf(allowed));
			allowed.stream().filter(question -> !question.equals("videoUris")).forEach(question -> answers.string(question, 1, 4096));
			answers.stringArray("videoUris").email("email").url("website");
		});
	}

	private static void validateTestNumbers(Validation validation, JsonNode body, int minItems) {
		validation.stringArray("testNumbers");
		JsonNode numbers = body.path("testNumbers");
		if (!numbers.isArray()) {
			return;
		}
		if (numbers.size() < minItems) {
			validation.reject("testNumbers", "must contain at least " + minItems + " elements");
		}
		if (numbers.size() > TESTER_REQUESTS_PER_DAY) {
			validation.reject("testNumbers", "must contain no more than " + TESTER_REQUESTS_PER_DAY + " elements");
		}
		for (JsonNode number : numbers) {
			if (number.isString() && !E164.matcher(number.stringValue()).matches()) {
				validation.reject("testNumbers", "must contain phone numbers in E.164 format");
				break;
			}
		}
	}

	private static void validateBrand(Validation brand, JsonNode body) {
		brand.allowOnly(BRAND_FIELDS)
			.string("name", 1, 40)
			.string("description", 1, 100)
			.string("color", 7, 7)
			.string("logoUrl", 1, 2048)
			.url("logoUrl")
			.string("bannerUrl", 1, 2048)
			.url("bannerUrl")
			.string("privacyPolicyUrl", 1, 2048)
			.url("privacyPolicyUrl")
			.string("termsOfServiceUrl", 1, 2048)
			.url("termsOfServiceUrl");
		String color = Json.text(body, "color");
		if (color != null && color.length() == 7 && !COLOR.matcher(color).matches()) {
			brand.reject("color", "must be a hexadecimal color");
		}
		contacts(brand, body, "emails", "address", (item, entry) -> entry.string("address", 1, 256).email("address"));
		contacts(brand, body, "phones", "number", (item, entry) -> {
			entry.string("number", 1, 32);
			String number = Json.text(item, "number");
			if (number != null && !CONTACT_NUMBER.matcher(number).matches()) {
				entry.reject("number", "must be a phone number without country code and separators, or in E.164 format");
			}
		});
		contacts(brand, body, "websites", "url", (item, entry) -> entry.string("url", 1, 2048).url("url"));
	}

	private interface ContactRule {

		void check(JsonNode item, Validation entry);

	}

	/** A list of {label, value} contacts whose value is unique, as the published schema asks. */
	private static void contacts(Validation brand, JsonNode body, String field, String valueField, ContactRule rule) {
		JsonNode items = body.path(field);
		if (items.isMissingNode() || items.isNull()) {
			return;
		}
		if (!items.isArray()) {
			brand.reject(field, "must be an array");
			return;
		}
		List<String> values = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			JsonNode item = items.get(i);
			Validation entry = brand.element(field, i, item)
				.allowOnly(Set.of("label", valueField))
				.required("label")
				.required(valueField)
				.string("label", 1, 25);
			rule.check(item, entry);
			values.add(Json.text(item, valueField));
		}
		if (values.stream().distinct().count() != values.size()) {
			brand.reject(field, "must have unique values of " + valueField);
		}
	}

	private void changeState(ProjectState project, ObjectNode sender, String state) {
		sender.put("state", state);
		touch(sender);
		core.activity(project, key(Json.text(sender, "id")), state, null);
		core.publish(project, "RCS_SENDER_STATUS_UPDATED", sender);
	}

	private static String brandName(ObjectNode sender) {
		String name = Json.text(sender.path("details").path("brand"), "name");
		return name == null ? "" : name;
	}

	static String key(String senderId) {
		return "rcs-sender:" + senderId;
	}

	private void touch(ObjectNode sender) {
		sender.put("modified", Json.timestamp(core.now()));
	}

}
