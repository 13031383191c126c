package com.provisioningportal.sandbox.meta;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.SandboxRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SignupDialogTests extends MetaSandboxTestSupport {

	private static final String CALLBACK = "https://portal.example/whatsapp/signup/callback";

	private static final String OPENER = "http://localhost:8080";

	private MetaWaba waba;

	@BeforeEach
	void customerWaba() {
		waba = meta.addWaba("Shop", 1);
	}

	private Map<String, String> redirectLaunch() {
		return parameters("client_id", meta.app().id(), "redirect_uri", CALLBACK, "config_id", meta.app().configId(),
				"state", "state-123", "response_type", "code", "override_default_response_type", "true", "extras",
				extras());
	}

	private Reply openRedirect(Map<String, String> launch) {
		return get(meta.dialogUrl() + "/" + VERSION + "/dialog/oauth?" + query(launch));
	}

	/** What the SDK sends when a page calls FB.login with the options Meta documents. */
	private Reply openPopup(String loginOptions) {
		return get(meta.dialogUrl() + "/" + VERSION + "/dialog/oauth?" + query(parameters("client_id", meta.app().id(),
				"display", "popup", "opener_origin", OPENER, "login_options", loginOptions)));
	}

	private Reply openPopup() {
		return openPopup("""
				{"config_id": "%s", "response_type": "code", "override_default_response_type": true, "extras": %s}
				""".formatted(meta.app().configId(), extras()));
	}

	private Reply choose(String page, String outcome, String... more) {
		Map<String, String> form = parameters("launch", launchId(page), "outcome", outcome, "asset",
				waba.id() + "|" + waba.phoneNumbers().get(0).id());
		form.putAll(parameters(more));
		return postForm(meta.dialogUrl() + "/dialog/outcome", form);
	}

	/** The popup's delivery: what it posts to the opener, and to which origin. */
	private static JsonNode delivery(Reply done) {
		Matcher matcher = Pattern.compile("<script type=\"application/json\" id=\"delivery\">(.*?)</script>",
				Pattern.DOTALL).matcher(done.body());
		assertThat(matcher.find()).as("a delivery in " + done.body()).isTrue();
		return Json.read(matcher.group(1).replace("<\\/", "</"));
	}

	/** A session-info message, which Meta posts as a JSON string. */
	private static JsonNode session(JsonNode message) {
		assertThat(message.isString()).as("session info is a JSON string").isTrue();
		return Json.read(message.stringValue());
	}

	@Test
	void theRedirectDialogSendsTheCodeAndStateBack() {
		Reply page = openRedirect(redirectLaunch());

		Reply back = choose(page.body(), "FINISH");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"finish\"", "id=\"finish-only-waba\"", "id=\"cancel-permissions\"",
				"id=\"report-error\"", "id=\"close-without-event\"", waba.phoneNumbers().get(0).id());
		assertThat(back.status()).isEqualTo(302);
		URI location = URI.create(back.header("Location"));
		assertThat(location.toString()).startsWith(CALLBACK + "?code=AQ").endsWith("#_=_");
		Map<String, List<String>> query = SandboxRequest.parseForm(location.getRawQuery());
		assertThat(query.get("state")).containsExactly("state-123");
		String code = query.get("code").get(0);
		assertThat(meta.codes()).singleElement().satisfies(issued -> {
			assertThat(issued.code()).isEqualTo(code);
			assertThat(issued.redirectUri()).isEqualTo(CALLBACK);
		});
		assertThat(exchange(parameters("client_id", meta.app().id(), "client_secret", meta.app().secret(), "code", code,
				"redirect_uri", CALLBACK)).status()).isEqualTo(200);
		assertThat(meta.launches()).singleElement().satisfies(launch -> {
			assertThat(launch.mode()).isEqualTo(DialogLaunch.Mode.REDIRECT);
			assertThat(launch.valid()).isTrue();
			assertThat(launch.state()).isEqualTo("state-123");
			assertThat(launch.esVersion()).isEqualTo("v4");
		});
	}

	@Test
	void cancellingTheRedirectDialogSendsAnErrorWithTheState() {
		Reply back = choose(openRedirect(redirectLaunch()).body(), "CANCEL:PHONE_NUMBER_SETUP");

		assertThat(back.status()).isEqualTo(302);
		assertThat(back.header("Location")).isEqualTo(CALLBACK + "?error=access_denied&error_code=200"
				+ "&error_description=Permissions+error&error_reason=user_denied&state=state-123#_=_");
		assertThat(meta.codes()).isEmpty();
	}

	@Test
	void aDialogTakesOneOutcomeOnly() {
		String page = openRedirect(redirectLaunch()).body();

		choose(page, "FINISH");
		Reply again = choose(page, "FINISH");

		assertThat(again.status()).isEqualTo(400);
		assertThat(again.body()).contains("This dialog is closed");
		assertThat(meta.codes()).hasSize(1);
	}

	@Test
	void anUnknownOutcomeLeavesTheDialogOpen() {
		String page = openRedirect(redirectLaunch()).body();

		Reply unknown = choose(page, "CANCEL:NOWHERE");
		Reply finish = choose(page, "FINISH");

		assertThat(unknown.status()).isEqualTo(400);
		assertThat(finish.status()).isEqualTo(302);
	}

	@Test
	void whatMetaWouldRefuseIsShownInsteadOfTheSteps() {
		Map<String, String> launch = redirectLaunch();
		launch.put("config_id", "123");
		launch.put("response_type", "token");
		launch.remove("override_default_response_type");
		launch.put("extras", "{\"setup\": {\"solutionID\": \"999\"}, \"featureType\": \"coexistence\", "
				+ "\"sessionInfoVersion\": \"2\", \"version\": \"v9\"}");
		launch.put("redirect_uri", "/relative");

		Reply page = openRedirect(launch);

		assertThat(page.body()).contains("id=\"launch-problems\"").doesNotContain("id=\"finish\"");
		assertThat(meta.launches()).singleElement().satisfies(refused -> assertThat(refused.problems())
			.hasSize(8)
			.anySatisfy(problem -> assertThat(problem).startsWith("config_id '123'"))
			.anySatisfy(problem -> assertThat(problem).startsWith("response_type"))
			.anySatisfy(problem -> assertThat(problem).startsWith("override_default_response_type"))
			.anySatisfy(problem -> assertThat(problem).startsWith("extras.setup.solutionID '999'"))
			.anySatisfy(problem -> assertThat(problem).startsWith("extras.featureType"))
			.anySatisfy(problem -> assertThat(problem).startsWith("extras.sessionInfoVersion"))
			.anySatisfy(problem -> assertThat(problem).startsWith("extras.version"))
			.anySatisfy(problem -> assertThat(problem).startsWith("redirect_uri")));
	}

	@Test
	void thePopupWantsTheBooleanOverrideAndTheAppsIds() {
		openPopup("""
				{"config_id": "%s", "response_type": "code", "override_default_response_type": "true", "extras": %s}
				""".formatted(meta.app().configId(), extras()));
		get(meta.dialogUrl() + "/" + VERSION + "/dialog/oauth?" + query(parameters("client_id", "42", "display",
				"popup", "opener_origin", OPENER, "login_options", "{}")));

		assertThat(meta.launches().get(0).problems()).singleElement()
			.satisfies(problem -> assertThat(problem).contains("the boolean true"));
		assertThat(meta.launches().get(1).problems()).anySatisfy(problem -> assertThat(problem).startsWith("App id '42'"))
			.anySatisfy(problem -> assertThat(problem).startsWith("extras are missing"));
	}

	@Test
	void aRefusedLaunchOnlyCloses() {
		String page = openPopup("""
				{"config_id": "123", "response_type": "code", "override_default_response_type": true, "extras": %s}
				""".formatted(extras())).body();

		JsonNode messages = delivery(choose(page, "FINISH")).path("messages");

		assertThat(page).contains("id=\"launch-problems\"", "id=\"close-without-event\"");
		assertThat(messages).isEmpty();
		assertThat(meta.codes()).isEmpty();
	}

	@Test
	void aPopupFinishPostsTheCodeAndTheSessionInfoToTheOpenersOrigin() {
		Reply page = openPopup();

		JsonNode delivery = delivery(choose(page.body(), "FINISH"));

		assertThat(page.body()).contains("id=\"order\"", "id=\"duplicate\"");
		assertThat(delivery.path("targetOrigin").asString()).isEqualTo(OPENER);
		JsonNode messages = delivery.path("messages");
		assertThat(messages).hasSize(2);
		JsonNode auth = messages.get(0);
		assertThat(auth.path("__metaSandbox").asString()).isEqualTo("auth");
		assertThat(auth.path("authResponse").path("code").asString()).isEqualTo(meta.codes().get(0).code());
		assertThat(meta.codes().get(0).redirectUri()).isNull();
		assertThat(session(messages.get(1))).isEqualTo(Json.read("""
				{"type": "WA_EMBEDDED_SIGNUP", "event": "FINISH", "data": {"phone_number_id": "%s", "waba_id": "%s",
				 "business_id": "%s"}, "version": 3}
				""".formatted(waba.phoneNumbers().get(0).id(), waba.id(), waba.businessId())));
	}

	@Test
	void theSessionInfoCanComeFirstTwiceOrAlone() {
		JsonNode sessionFirst = delivery(choose(openPopup().body(), "FINISH", "order", "session-first", "duplicate",
				"true")).path("messages");
		JsonNode sessionOnly = delivery(choose(openPopup().body(), "FINISH", "order", "session-only")).path("messages");
		JsonNode codeOnly = delivery(choose(openPopup().body(), "FINISH", "order", "code-only")).path("messages");

		assertThat(sessionFirst).hasSize(3);
		assertThat(session(sessionFirst.get(0)).path("event").asString()).isEqualTo("FINISH");
		assertThat(sessionFirst.get(1)).isEqualTo(sessionFirst.get(0));
		assertThat(sessionFirst.get(2).path("__metaSandbox").asString()).isEqualTo("auth");
		assertThat(sessionOnly).singleElement().satisfies(message -> assertThat(message.isString()).isTrue());
		assertThat(codeOnly).singleElement()
			.satisfies(message -> assertThat(message.path("__metaSandbox").asString()).isEqualTo("auth"));
	}

	@Test
	void theFinishesWithoutAPhoneNumberSayLess() {
		JsonNode onlyWaba = session(delivery(choose(openPopup().body(), "FINISH_ONLY_WABA")).path("messages").get(1));
		JsonNode businessApp = session(delivery(choose(openPopup().body(), "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING"))
			.path("messages")
			.get(1));

		assertThat(onlyWaba.path("event").asString()).isEqualTo("FINISH_ONLY_WABA");
		assertThat(onlyWaba.path("data")).isEqualTo(Json.read("""
				{"waba_id": "%s", "business_id": "%s"}""".formatted(waba.id(), waba.businessId())));
		assertThat(businessApp.path("event").asString()).isEqualTo("FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING");
		assertThat(businessApp.path("data")).isEqualTo(Json.read("{\"waba_id\": \"" + waba.id() + "\"}"));
		assertThat(meta.codes()).hasSize(2);
	}

	@Test
	void cancellingAtEachStepNamesTheStepAndGivesNoCode() {
		for (String step : SignupDialog.STEPS) {
			String page = openPopup().body();
			assertThat(page).contains("id=\"" + DialogPage.cancelButtonId(step) + "\"");

			JsonNode messages = delivery(choose(page, "CANCEL:" + step)).path("messages");

			assertThat(messages).singleElement().satisfies(message -> assertThat(session(message)).isEqualTo(Json.read("""
					{"type": "WA_EMBEDDED_SIGNUP", "event": "CANCEL", "data": {"current_step": "%s"}, "version": 3}
					""".formatted(step))));
		}
		assertThat(meta.codes()).isEmpty();
	}

	@Test
	void aUserReportedErrorCarriesTheDetailsForMetaSupport() {
		JsonNode data = session(delivery(choose(openPopup().body(), "ERROR_REPORTED", "error_message",
				"Your display name is not allowed.", "error_code", "524126")).path("messages").get(0)).path("data");

		assertThat(data.path("error_message").asString()).isEqualTo("Your display name is not allowed.");
		assertThat(data.path("error_code").asString()).isEqualTo("524126");
		assertThat(data.path("session_id").asString()).matches("[0-9a-f]{16}");
		assertThat(data.path("timestamp").asString()).isEqualTo(String.valueOf(clock.instant().getEpochSecond()));
		assertThat(meta.codes()).isEmpty();
	}

	@Test
	void closingWithoutAnEventPostsNothing() {
		assertThat(delivery(choose(openPopup().body(), "CLOSE")).path("messages")).isEmpty();
	}

	@Test
	void embeddedSignupV2WithoutSessionInfoVersionSendsOnlyTheCode() {
		String page = openPopup("""
				{"config_id": "%s", "response_type": "code", "override_default_response_type": true,
				 "extras": {"setup": {"solutionID": "%s"}}}
				""".formatted(meta.app().configId(), meta.app().solutionId())).body();

		JsonNode messages = delivery(choose(page, "FINISH")).path("messages");

		assertThat(page).contains("id=\"no-session-info\"");
		assertThat(meta.launches().get(0).esVersion()).isEqualTo("v2");
		assertThat(messages).singleElement()
			.satisfies(message -> assertThat(message.path("__metaSandbox").asString()).isEqualTo("auth"));
	}

	@Test
	void theSdkIsServedForCrossOriginScriptTags() {
		Reply sdk = get(meta.sdkUrl());

		assertThat(sdk.status()).isEqualTo(200);
		assertThat(sdk.header("Content-Type")).startsWith("text/javascript");
		assertThat(sdk.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(sdk.body()).contains("window.FB").doesNotContain("eval(").doesNotContain("new Function");
	}

	@Test
	void theForeignOriginOffersItsLookAlikes() {
		Reply page = get(meta.foreignOrigin() + "/?target=" + OPENER);

		assertThat(meta.foreignOrigin()).isNotEqualTo(meta.origin());
		assertThat(page.body()).contains("id=\"post-finish\"", "id=\"post-code\"", "id=\"open-target\"",
				"value=\"" + OPENER + "\"");
		assertThat(meta.foreignRequests()).hasSize(1);
	}

}
