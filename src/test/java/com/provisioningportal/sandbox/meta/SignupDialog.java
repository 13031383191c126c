package com.provisioningportal.sandbox.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.Router;
import com.provisioningportal.sandbox.SandboxRequest;
import com.provisioningportal.sandbox.SandboxResponse;
import com.provisioningportal.sandbox.meta.DialogLaunch.Mode;
import com.provisioningportal.sandbox.meta.MetaSandboxOptions.MetaApp;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.util.HtmlUtils;

/**
 * The JS SDK and the signup dialog: {@code /{version}/dialog/oauth} opened by {@code FB.login} as a popup or by a
 * full-page redirect, the page where a person picks the outcome, and what follows it (messages to the opener, or a
 * redirect back with {@code code} and {@code state}).
 */
final class SignupDialog {

	/** The steps Meta names in {@code current_step} when someone abandons the flow. */
	static final List<String> STEPS = List.of("BUSINESS_ACCOUNT_SELECTION", "WABA_PHONE_PROFILE_PICKER",
			"WHATSAPP_BUSINESS_PROFILE_SETUP", "PHONE_NUMBER_SETUP", "PHONE_NUMBER_VERIFICATION", "PERMISSIONS");

	/** Finishes that give a code, with the button id that chooses them. */
	static final Map<String, String> FINISHES = orderedMap("FINISH", "finish", "FINISH_ONLY_WABA", "finish-only-waba",
			"FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING", "finish-whatsapp-business-app");

	/** A cancel's outcome is this prefix and the step, e.g. {@code CANCEL:PERMISSIONS}. */
	static final String CANCEL_PREFIX = "CANCEL:";

	static final List<String> ORDERS = List.of("code-first", "session-first", "session-only", "code-only");

	private static final Set<String> FEATURE_TYPES = Set.of("", "whatsapp_business_app_onboarding",
			"only_waba_sharing", "marketing_messages_lite");

	private static final Set<String> ES_VERSIONS = Set.of("v2", "v3", "v4");

	private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#]+");

	private static final String USER_REPORTED_MESSAGE = "Your verified name violates WhatsApp guidelines. Please edit "
			+ "your verified name and try again.";

	private final MetaState state;

	private final MetaApp app;

	private final Clock clock;

	SignupDialog(MetaState state, MetaSandboxOptions options) {
		this.state = state;
		this.app = options.app();
		this.clock = options.clock();
	}

	void register(Router router) {
		router.add("GET", "/sdk.js", request -> script("sdk.js"))
			.add("GET", "/dialog-done.js", request -> script("dialog-done.js"))
			.add("GET", "/{version}/dialog/oauth", this::open)
			.add("POST", "/dialog/outcome", this::outcome)
			// Browsers ask every origin for one; an error would show in the console of every test.
			.add("GET", "/favicon.ico", request -> new SandboxResponse(204, Map.of(), new byte[0]));
	}

	/** Shows the signup steps, or what Meta would refuse about the launch. */
	private SandboxResponse open(SandboxRequest request) {
		DialogLaunch launch = launch(request);
		state.addLaunch(launch);
		return SandboxResponse.html(launch.valid() ? DialogPage.steps(launch, app, state.wabas())
				: DialogPage.refused(launch));
	}

	private DialogLaunch launch(SandboxRequest request) {
		boolean popup = "popup".equals(request.queryParam("display"));
		JsonNode login = popup ? parse(request.queryParam("login_options")) : null;
		String configId = popup ? scalar(login, "config_id") : request.queryParam("config_id");
		String responseType = popup ? scalar(login, "response_type") : request.queryParam("response_type");
		String override = popup ? asJson(login == null ? null : login.get("override_default_response_type"))
				: request.queryParam("override_default_response_type");
		JsonNode extras = popup ? (login == null ? null : login.get("extras")) : parse(request.queryParam("extras"));
		String rawExtras = popup ? asJson(extras) : request.queryParam("extras");
		String version = request.variable("version");
		String appId = request.queryParam("client_id");
		String esVersion = extras != null && extras.path("version").isString() ? extras.path("version").stringValue()
				: "v2";

		List<String> problems = new ArrayList<>();
		if (!GraphApi.VERSION.matcher(version).matches()) {
			problems.add("The path's version '" + version + "' is not a Graph API version such as v25.0 (FB.init's version).");
		}
		if (!app.id().equals(appId)) {
			problems.add("App id '" + appId + "' is not the sandbox app's (" + app.id() + ").");
		}
		if (!app.configId().equals(configId)) {
			problems.add("config_id '" + configId + "' is not the app's Embedded Signup configuration (" + app.configId() + ").");
		}
		if (!"code".equals(responseType)) {
			problems.add("response_type must be 'code', not '" + responseType + "'.");
		}
		if (!"true".equals(override)) {
			problems.add("override_default_response_type must be " + (popup ? "the boolean true" : "'true'") + ", not " + override + ".");
		}
		checkExtras(extras, rawExtras, problems);
		String openerOrigin = popup ? request.queryParam("opener_origin") : null;
		String redirectUri = popup ? null : request.queryParam("redirect_uri");
		if (popup && (openerOrigin == null || !ORIGIN.matcher(openerOrigin).matches())) {
			problems.add("The SDK did not say which origin opened the dialog.");
		}
		if (!popup && !isHttpUrl(redirectUri)) {
			problems.add("redirect_uri must be an absolute http(s) URL, not '" + redirectUri + "'.");
		}
		return new DialogLaunch(MetaState.opaque("", 12), clock.instant(), popup ? Mode.POPUP : Mode.REDIRECT, version,
				appId, configId, responseType, override, rawExtras, esVersion, openerOrigin, redirectUri,
				popup ? null : request.queryParam("state"), problems);
	}

	private void checkExtras(JsonNode extras, String raw, List<String> problems) {
		if (!(extras instanceof ObjectNode)) {
			problems.add(raw == null ? "extras are missing (setup.solutionID is needed for Sinch's solution)."
					: "extras must be a JSON object, not " + raw + ".");
			return;
		}
		String solutionId = scalar(extras.path("setup"), "solutionID");
		if (!app.solutionId().equals(solutionId)) {
			problems.add("extras.setup.solutionID '" + solutionId + "' is not the Multi-Partner Solution ("
					+ app.solutionId() + "); the customer would not be onboarded to Sinch.");
		}
		JsonNode featureType = extras.get("featureType");
		if (featureType != null && !(featureType.isString() && FEATURE_TYPES.contains(featureType.stringValue()))) {
			problems.add("extras.featureType " + featureType + " is not one Meta knows " + FEATURE_TYPES + ".");
		}
		JsonNode sessionInfoVersion = extras.get("sessionInfoVersion");
		if (sessionInfoVersion != null && !"3".equals(scalar(extras, "sessionInfoVersion"))) {
			problems.add("extras.sessionInfoVersion " + sessionInfoVersion + " is not '3', the only one Meta documents.");
		}
		JsonNode version = extras.get("version");
		if (version != null && !(version.isString() && ES_VERSIONS.contains(version.stringValue()))) {
			problems.add("extras.version " + version + " is not one of " + ES_VERSIONS + ".");
		}
	}

	/** Carries out the chosen outcome, once per dialog. */
	private SandboxResponse outcome(SandboxRequest request) {
		Map<String, String> form = firstValues(SandboxRequest.parseForm(request.bodyText()));
		String outcome = Objects.requireNonNullElse(form.get("outcome"), "");
		String[] asset = Objects.requireNonNullElse(form.get("asset"), "|").split("\\|", -1);
		MetaWaba waba = state.waba(asset[0]).orElse(null);
		String phoneNumberId = asset.length > 1 && !asset[1].isEmpty() ? asset[1] : null;
		if (!knownOutcome(outcome)) {
			return page(400, DialogPage.message("Unknown outcome", "Pick one of the dialog's buttons."));
		}
		if (FINISHES.containsKey(outcome) && waba == null) {
			return page(400, DialogPage.message("No WhatsApp Business Account chosen", "Pick a WABA to finish with."));
		}
		if (outcome.equals("FINISH") && phoneNumberId == null) {
			return page(400, DialogPage.message("No phone number chosen",
					"FINISH needs a WABA with a phone number; this one has none (use FINISH_ONLY_WABA)."));
		}
		DialogLaunch launch = state.closeLaunch(form.get("launch")).orElse(null);
		if (launch == null) {
			return page(400, DialogPage.message("This dialog is closed", "Start Embedded Signup again."));
		}
		if (outcome.equals("CLOSE") || !launch.valid()) {
			return SandboxResponse.html(launch.mode() == Mode.POPUP ? DialogPage.delivery(List.of(), null, 0)
					: DialogPage.message("You closed Embedded Signup", "Nothing was sent back."));
		}
		String code = FINISHES.containsKey(outcome)
				? state.issueCode(launch.appId(), launch.redirectUri(), waba, clock.instant()).code() : null;
		ObjectNode session = session(outcome, waba, phoneNumberId, form);
		return launch.mode() == Mode.POPUP ? popupDelivery(launch, form, code, session)
				: redirectBack(launch, code);
	}

	private static boolean knownOutcome(String outcome) {
		return FINISHES.containsKey(outcome) || outcome.equals("ERROR_REPORTED") || outcome.equals("CLOSE")
				|| (outcome.startsWith(CANCEL_PREFIX) && STEPS.contains(outcome.substring(CANCEL_PREFIX.length())));
	}

	/** The session-info message of sessionInfoVersion 3, before it is turned into a JSON string. */
	private ObjectNode session(String outcome, MetaWaba waba, String phoneNumberId, Map<String, String> form) {
		ObjectNode message = Json.object();
		message.put("type", "WA_EMBEDDED_SIGNUP");
		ObjectNode data = Json.object();
		switch (outcome) {
			case "FINISH" -> {
				data.put("phone_number_id", phoneNumberId);
				data.put("waba_id", waba.id());
				data.put("business_id", waba.businessId());
			}
			case "FINISH_ONLY_WABA" -> {
				data.put("waba_id", waba.id());
				data.put("business_id", waba.businessId());
			}
			case "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING" -> data.put("waba_id", waba.id());
			case "ERROR_REPORTED" -> {
				data.put("error_message", Objects.requireNonNullElse(form.get("error_message"), USER_REPORTED_MESSAGE));
				data.put("error_code", Objects.requireNonNullElse(form.get("error_code"), "524126"));
				data.put("session_id", MetaState.hex(16));
				data.put("timestamp", String.valueOf(clock.instant().getEpochSecond()));
			}
			default -> data.put("current_step", outcome.substring(CANCEL_PREFIX.length()));
		}
		message.put("event", FINISHES.containsKey(outcome) ? outcome : "CANCEL");
		message.set("data", data);
		message.put("version", 3);
		return message;
	}

	/**
	 * The messages to the opener, in the chosen order: the SDK's own (which settles {@code FB.login}) and the
	 * session-info {@code message} a page listens for, as a JSON string like Meta's.
	 */
	private SandboxResponse popupDelivery(DialogLaunch launch, Map<String, String> form, String code,
			ObjectNode session) {
		String chosen = Objects.requireNonNullElse(form.get("order"), "");
		String order = ORDERS.contains(chosen) ? chosen : ORDERS.get(0);
		boolean sessionInfo = launch.sendsSessionInfo() && !order.equals("code-only");
		List<JsonNode> sessionMessages = new ArrayList<>();
		if (sessionInfo) {
			int copies = "true".equals(form.get("duplicate")) ? 2 : 1;
			for (int i = 0; i < copies; i++) {
				sessionMessages.add(Json.MAPPER.getNodeFactory().stringNode(Json.write(session)));
			}
		}
		List<JsonNode> messages = new ArrayList<>();
		JsonNode auth = code == null || order.equals("session-only") ? null : sdkAuth(code);
		if (order.equals("session-first") || auth == null) {
			messages.addAll(sessionMessages);
			if (auth != null) {
				messages.add(auth);
			}
		}
		else {
			messages.add(auth);
			messages.addAll(sessionMessages);
		}
		long gap = parseGap(form.get("gap"));
		return SandboxResponse.html(DialogPage.delivery(messages, launch.openerOrigin(), gap));
	}

	/** What the SDK hears from its dialog; it turns it into the FB.login callback's authResponse. */
	private JsonNode sdkAuth(String code) {
		ObjectNode message = Json.object();
		message.put("__metaSandbox", "auth");
		ObjectNode auth = message.putObject("authResponse");
		auth.put("code", code);
		auth.put("userID", MetaState.numericId(15));
		auth.put("graphDomain", "facebook");
		auth.put("data_access_expiration_time", clock.instant().plus(Duration.ofDays(90)).getEpochSecond());
		return message;
	}

	/** Back to redirect_uri as Meta's manual flow does, with {@code state} and Meta's {@code #_=_} fragment. */
	private SandboxResponse redirectBack(DialogLaunch launch, String code) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (code != null) {
			parameters.put("code", code);
		}
		else {
			parameters.put("error", "access_denied");
			parameters.put("error_code", "200");
			parameters.put("error_description", "Permissions error");
			parameters.put("error_reason", "user_denied");
		}
		if (launch.state() != null) {
			parameters.put("state", launch.state());
		}
		StringBuilder location = new StringBuilder(launch.redirectUri());
		char separator = launch.redirectUri().contains("?") ? '&' : '?';
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			location.append(separator).append(parameter.getKey()).append('=')
				.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		location.append("#_=_");
		return new SandboxResponse(302, Map.of("Location", location.toString()), new byte[0]);
	}

	private static long parseGap(String gap) {
		try {
			return gap == null || gap.isBlank() ? 0 : Math.max(0, Math.min(60_000, Long.parseLong(gap.trim())));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static SandboxResponse page(int status, String html) {
		SandboxResponse ok = SandboxResponse.html(html);
		return new SandboxResponse(status, ok.headers(), ok.body());
	}

	/** Served with CORS, because pages load the SDK with {@code crossorigin="anonymous"} as Meta tells them to. */
	private static SandboxResponse script(String name) {
		try (InputStream in = SignupDialog.class.getResourceAsStream(name)) {
			return new SandboxResponse(200, Map.of("Content-Type", "text/javascript; charset=utf-8",
					"Access-Control-Allow-Origin", "*", "Cache-Control", "no-store"), in.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static JsonNode parse(String json) {
		if (json == null) {
			return null;
		}
		try {
			return Json.read(json);
		}
		catch (JacksonException ex) {
			return Json.MAPPER.getNodeFactory().stringNode(json);
		}
	}

	/** A string or number field as text (Meta's ids come either way in samples); null otherwise. */
	private static String scalar(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value != null && (value.isString() || value.isNumber()) ? value.asString() : null;
	}

	private static String asJson(JsonNode node) {
		return node == null ? null : Json.write(node);
	}

	private static boolean isHttpUrl(String value) {
		if (value == null) {
			return false;
		}
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static Map<String, String> firstValues(Map<String, List<String>> form) {
		Map<String, String> values = new LinkedHashMap<>();
		form.forEach((name, list) -> values.put(name, list.get(0)));
		return values;
	}

	private static Map<String, String> orderedMap(String... keysAndValues) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	static String html(String text) {
		return HtmlUtils.htmlEscape(String.valueOf(text));
	}

}
