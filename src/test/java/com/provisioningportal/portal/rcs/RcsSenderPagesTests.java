package com.provisioningportal.portal.rcs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.FaultRule;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The RCS sender pages against the sandbox: the list, the create form, test numbers and the launch, each change audited. */
@PortalTest
class RcsSenderPagesTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A brand and questionnaire complete enough for Sinch to accept the launch. */
	private static final String READY = """
			{"region": "EU", "billingCategory": "NON_CONVERSATIONAL", "useCase": "TRANSACTIONAL",
			 "details": {"brand": {"name": "", "description": "Everything for the home", "color": "#0B5FFF",
			  "logoUrl": "https://retail.example.com/logo.png", "bannerUrl": "https://retail.example.com/banner.png",
			  "privacyPolicyUrl": "https://retail.example.com/privacy", "termsOfServiceUrl": "https://retail.example.com/terms",
			  "emails": [{"label": "Support", "address": "support@retail.example.com"}]},
			  "countries": ["FR"], "testNumbers": ["+48600100901"],
			  "questionnaire": {
			   "general": {"answers": {"optInDescription": "At checkout", "triggerDescription": "Orders",
			    "interactionsDescription": "Order updates", "optOutDescription": "Reply STOP",
			    "videoUris": ["https://retail.example.com/demo.mp4"]}},
			   "verification": {"answers": {"name": "Eva Nowak", "email": "eva@retail.example.com",
			    "title": "Head of e-commerce", "website": "https://retail.example.com"}}}}}
			""";

	private final SandboxClient sinch = new SandboxClient(TestSandbox.get());

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatusWatch watch;

	SandboxProject project;

	String base;

	@BeforeEach
	void project() {
		project = ProjectFixtures.registerWithCallback(context, "RCS " + UUID.randomUUID(), "rcs-secret");
		base = "/projects/" + project.id() + "/rcs/senders";
	}

	@AfterEach
	void noFaults() {
		TestSandbox.get().faults().clear();
	}

	@Test
	void anEmptyProjectSaysWhatRcsSendersAreForAndOffersTheFirstOne() throws Exception {
		mvc.perform(get(base).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No RCS senders yet")))
			.andExpect(content().string(containsString("href=\"" + base + "/new\"")))
			.andExpect(content().string(containsString(">RCS senders</a>")));
		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("No RCS senders yet")))
			.andExpect(content().string(not(containsString("href=\"" + base + "/new\""))));
	}

	@Test
	void theListShowsEachSenderWithItsStateAndFiltersByState() throws Exception {
		String testing = createAtSinch("Retail Offers");
		TestSandbox.get().advance(Duration.ofMinutes(1));
		String settingUp = createAtSinch("Retail News");

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-rcs-sender-id=\"" + testing + "\"")))
			.andExpect(content().string(containsString("data-rcs-sender-id=\"" + settingUp + "\"")))
			.andExpect(content().string(containsString("data-state=\"IN_TEST\"")))
			.andExpect(content().string(containsString("data-state=\"IN_PROGRESS\"")))
			.andExpect(content().string(containsString("Retail Offers")))
			.andExpect(content().string(containsString("2 RCS senders")));
		mvc.perform(get(base).param("state", "IN_TEST").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-rcs-sender-id=\"" + testing + "\"")))
			.andExpect(content().string(not(containsString("data-rcs-sender-id=\"" + settingUp + "\""))))
			.andExpect(content().string(containsString("1 RCS sender in the chosen states")));
		mvc.perform(get(base).param("state", "LAUNCHED").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("No RCS senders in these states")));
	}

	@Test
	void pagesFollowSinchsPageTokens() throws Exception {
		for (int sender = 0; sender < RcsSenderController.PAGE_SIZE + 1; sender++) {
			createAtSinch("Brand " + sender);
		}

		String firstPage = mvc.perform(get(base).with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
		String next = firstPage.replaceAll("(?s).*href=\"([^\"]*pageToken=[^\"]*)\".*", "$1").replace("&amp;", "&");
		String secondPage = mvc.perform(get(next).with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getContentAsString();

		assertThat(secondPage).contains("Previous").containsOnlyOnce("data-rcs-sender-id=");
	}

	@Test
	void aSenderIsCreatedAtSinchAuditedAndShownWithItsBrandAndTestNumbers() throws Exception {
		String location = mvc.perform(validForm(token(), "Sandbox Coffee"))
			.andExpect(redirectedUrlPattern(base + "/*"))
			.andExpect(flash().attribute("flashSuccess", containsString("RCS sender Sandbox Coffee created.")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);

		JsonNode atSinch = sinch.get(project, "/rcs/senders/" + id).json();
		assertThat(atSinch.path("useCase").asString()).isEqualTo("PROMOTIONAL");
		assertThat(atSinch.path("billingCategory").asString()).isEqualTo("CONVERSATIONAL");
		JsonNode brand = atSinch.path("details").path("brand");
		assertThat(brand.path("name").asString()).isEqualTo("Sandbox Coffee");
		assertThat(brand.path("color").asString()).isEqualTo("#0B5FFF");
		assertThat(brand.path("emails").get(0).path("address").asString()).isEqualTo("hello@coffee.example.com");
		assertThat(brand.path("phones").get(0).path("number").asString()).isEqualTo("+48600100900");
		assertThat(brand.has("description")).isFalse();
		assertThat(atSinch.path("details").path("countries").toString()).isEqualTo("[\"FR\",\"PL\"]");
		assertThat(atSinch.path("details").path("testNumbers").toString()).isEqualTo("[\"+48600100901\",\"+48600100902\"]");
		assertThat(audit("RCS_SENDER_CREATE")).containsExactly("RCS_SENDER_CREATE ATTEMPT", "RCS_SENDER_CREATE SUCCEEDED");
		assertThat(lastAfter("RCS_SENDER_CREATE").path("id").asString()).isEqualTo(id);
		assertThat(jdbc.sql("select phase from audit_event where resource_id = ? order by id").param(id).query(String.class).list())
			.as("the sender's timeline starts with its creation").startsWith("SUCCEEDED");

		mvc.perform(get(location).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Sandbox Coffee")))
			.andExpect(content().string(containsString("data-copy=\"" + id + "\"")))
			.andExpect(content().string(containsString("data-test-number=\"+48600100901\"")))
			.andExpect(content().string(containsString("data-state=\"UNVERIFIED\"")))
			.andExpect(content().string(containsString("fill=\"#0B5FFF\"")));
	}

	@Test
	void aDoubleSubmitMakesOneSender() throws Exception {
		MockHttpServletRequestBuilder submit = validForm(token(), "Once");

		String first = mvc.perform(submit).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(submit)
			.andExpect(redirectedUrl(first))
			.andExpect(flash().attribute("flashSuccess", containsString("sent already")));

		assertThat(sinch.get(project, "/rcs/senders").json().path("totalSize").asInt()).isEqualTo(1);
	}

	@Test
	void badInputIsExplainedNextToEachFieldWithTheValuesKeptAndNothingSent() throws Exception {
		String token = token();

		mvc.perform(change(post(base + "/new")).param("formToken", token)
			.param("region", "")
			.param("billingCategory", "")
			.param("useCase", "")
			.param("brandName", " ")
			.param("description", "d".repeat(101))
			.param("color", "blue")
			.param("logoUrl", "logo.png")
			.param("bannerUrl", "ftp://banner")
			.param("contactEmail", "not-an-address")
			.param("contactPhone", "call us")
			.param("website", "www.example.com")
			.param("privacyPolicyUrl", "privacy")
			.param("termsOfServiceUrl", "terms")
			.param("countries", "XX")
			.param("testNumbers", "+48600100901\n600100902"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Choose the region the sender works in.")))
			.andExpect(content().string(containsString("Choose how Sinch bills the sender&#39;s messages.")))
			.andExpect(content().string(containsString("Choose what the sender is for.")))
			.andExpect(content().string(containsString("Enter the brand name phones show for the sender.")))
			.andExpect(content().string(containsString("Use at most 100 characters.")))
			.andExpect(content().string(containsString("Enter the colour as # and six hexadecimal digits")))
			.andExpect(content().string(containsString("id=\"logoUrl-error\"")))
			.andExpect(content().string(containsString("id=\"bannerUrl-error\"")))
			.andExpect(content().string(containsString("id=\"website-error\"")))
			.andExpect(content().string(containsString("id=\"privacyPolicyUrl-error\"")))
			.andExpect(content().string(containsString("id=\"termsOfServiceUrl-error\"")))
			.andExpect(content().string(containsString("Enter an http or https address of at most 2048 characters.")))
			.andExpect(content().string(containsString("Enter an e-mail address such as support@example.com")))
			.andExpect(content().string(containsString("Enter the phone number in E.164")))
			.andExpect(content().string(containsString("Choose countries from the list.")))
			.andExpect(content().string(containsString("Enter each test number in E.164")))
			.andExpect(content().string(containsString("value=\"blue\"")))
			.andExpect(content().string(containsString("value=\"logo.png\"")))
			.andExpect(content().string(containsString("value=\"not-an-address\"")))
			.andExpect(content().string(containsString("600100902</textarea>")))
			.andExpect(content().string(containsString("value=\"" + token + "\"")));

		mvc.perform(change(post(base + "/new")).param("formToken", token)
			.param("region", "EU")
			.param("billingCategory", "CONVERSATIONAL")
			.param("useCase", "OTP")
			.param("brandName", "x".repeat(41))
			.param("color", "#FFCC00")
			.param("testNumbers", String.join("\n", IntStream.range(10, 31).mapToObj(n -> "+486001009" + n).toList())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at most 40 characters.")))
			.andExpect(content().string(containsString("White text on this colour has a contrast of only 1.5:1")))
			.andExpect(content().string(containsString("Sinch invites at most 20 test numbers a day")))
			.andExpect(content().string(containsString("value=\"#FFCC00\"")))
			.andExpect(content().string(allOf(containsString("<option value=\"OTP\" selected=\"selected\">"),
					containsString("<option value=\"EU\" selected=\"selected\">"))));

		assertThat(audit("RCS_SENDER_CREATE")).isEmpty();
		assertThat(sinch.get(project, "/rcs/senders").json().path("totalSize").asInt()).isZero();
	}

	@Test
	void aRefusedCreateShowsSinchsWordsKeepsTheValuesAndCanBeSentAgain() throws Exception {
		String token = token();
		TestSandbox.get().faults().add(FaultRule.status("/v1/projects/" + project.id() + "/rcs/senders", 400).forMethod("POST").times(1));

		mvc.perform(validForm(token, "Refused Coffee"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Internal server error.")))
			.andExpect(content().string(containsString("Sinch refused: Internal server error. Retry later. (internal_error)")))
			.andExpect(content().string(containsString("Correct what Sinch names, then try again.")))
			.andExpect(content().string(containsString("value=\"Refused Coffee\"")));
		assertThat(audit("RCS_SENDER_CREATE")).containsExactly("RCS_SENDER_CREATE ATTEMPT", "RCS_SENDER_CREATE FAILED");

		mvc.perform(validForm(token, "Refused Coffee")).andExpect(redirectedUrlPattern(base + "/*"));
	}

	@Test
	void whenSinchMayHaveCreatedTheSenderThePageSaysToCheckTheListFirst() throws Exception {
		TestSandbox.get().faults().add(FaultRule.status("/v1/projects/" + project.id() + "/rcs/senders", 500).forMethod("POST").times(1));

		String page = mvc.perform(validForm(token(), "Maybe Coffee"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("may or may not have created the sender")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("value=\"Maybe Coffee\"");
	}

	@Test
	void testNumbersAreInvitedAndRemovedEachChangeAudited() throws Exception {
		String id = createAtSinch("Retail Testers");
		String sender = base + "/" + id;

		mvc.perform(change(post(sender + "/test-numbers")).param("numbers", "+48600100903, +48600100904"))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashSuccess", "Sinch is inviting +48600100903, +48600100904 to try the sender."));
		assertThat(testNumbersAtSinch(id)).containsExactly("+48600100901", "+48600100903", "+48600100904");
		mvc.perform(get(sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-test-number=\"+48600100903\"")));

		mvc.perform(change(post(sender + "/test-numbers/remove")).param("number", "+48600100901"))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashSuccess", "Test number +48600100901 removed."));
		assertThat(testNumbersAtSinch(id)).containsExactly("+48600100903", "+48600100904");

		mvc.perform(change(post(sender + "/test-numbers")).param("numbers", "600100905"))
			.andExpect(flash().attribute("flashError", containsString("Enter each test number in E.164")));
		mvc.perform(change(post(sender + "/test-numbers/remove")).param("number", "+48600100999"))
			.andExpect(flash().attribute("flashError", containsString("Sinch refused: ")));
		assertThat(audit("RCS_TEST_NUMBERS_ADD")).containsExactly("RCS_TEST_NUMBERS_ADD ATTEMPT", "RCS_TEST_NUMBERS_ADD SUCCEEDED");
		assertThat(audit("RCS_TEST_NUMBER_REMOVE")).containsExactly("RCS_TEST_NUMBER_REMOVE ATTEMPT",
				"RCS_TEST_NUMBER_REMOVE SUCCEEDED", "RCS_TEST_NUMBER_REMOVE ATTEMPT", "RCS_TEST_NUMBER_REMOVE FAILED");
	}

	@Test
	void aNumberThatDeclinedIsInvitedAgain() throws Exception {
		String id = createAtSinch("Retail Declined");
		String sender = base + "/" + id;
		mvc.perform(change(post(sender + "/test-numbers")).param("numbers", "+48600100000")).andExpect(redirectedUrl(sender));
		TestSandbox.get().advance(Duration.ofMinutes(1));
		TestSandbox.get().advance(Duration.ofMinutes(1));

		String page = mvc.perform(get(sender).with(user("onboarder").roles("ONBOARDER"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-state=\"DECLINED\"", "aria-label=\"Invite +48600100000 again\"")
			.doesNotContain("aria-label=\"Invite +48600100901 again\"");

		mvc.perform(change(post(sender + "/test-numbers/reinvite")).param("number", "+48600100000"))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashSuccess", "Sinch is inviting +48600100000 to try the sender."));
		assertThat(sinch.get(project, "/rcs/senders/" + id + "/testNumbers/+48600100000").json().path("state").asString())
			.isEqualTo("UNVERIFIED");
		assertThat(audit("RCS_TEST_NUMBER_REINVITE")).containsExactly("RCS_TEST_NUMBER_REINVITE ATTEMPT",
				"RCS_TEST_NUMBER_REINVITE SUCCEEDED");

		mvc.perform(change(post(sender + "/test-numbers/reinvite")).param("number", "+48600100901"))
			.andExpect(flash().attribute("flashError", containsString("(test_number_already_verified)")));
	}

	@Test
	void aLaunchIsConfirmedThenFollowedCountryByCountryAndOperatorByOperator() throws Exception {
		String id = createAtSinch("Partial Retail");
		String sender = base + "/" + id;
		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(sender).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("data-state=\"IN_TEST\"")))
			.andExpect(content().string(containsString("Launch sender")))
			.andExpect(content().string(containsString("Sinch's team reviews the sender first")))
			.andExpect(content().string(not(containsString("hx-get=\"" + sender + "/status\""))));
		mvc.perform(change(post(sender + "/launch")))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashError", containsString("Nothing was launched")));
		assertThat(audit("RCS_SENDER_LAUNCH")).isEmpty();

		mvc.perform(change(post(sender + "/launch")).param("confirmed", "true"))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashSuccess", containsString("Launch of Partial Retail started.")));
		assertThat(audit("RCS_SENDER_LAUNCH")).containsExactly("RCS_SENDER_LAUNCH ATTEMPT", "RCS_SENDER_LAUNCH SUCCEEDED");
		assertThat(watch.waitingOn(project.id(), RcsCallbacks.SENDER)).isEqualTo(1);
		mvc.perform(get(sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"PREPARING_LAUNCH\"")))
			.andExpect(content().string(containsString("hx-get=\"" + sender + "/status\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 3s\"")))
			.andExpect(content().string(not(containsString("Launch sender"))));

		TestSandbox.get().advance(Duration.ofMinutes(1));
		mvc.perform(get(sender + "/status").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("data-state=\"LAUNCHING\"")))
			.andExpect(content().string(containsString("data-country=\"FR\"")))
			.andExpect(content().string(containsString("data-operator=\"Orange\"")))
			.andExpect(content().string(containsString("data-state=\"PENDING\"")));

		for (int operator = 0; operator < 4; operator++) {
			TestSandbox.get().advance(Duration.ofMinutes(1));
		}
		String settled = mvc.perform(get(sender + "/status").with(user("viewer").roles("VIEWER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(settled).contains("data-operator=\"Orange\"", "data-operator=\"Free\"", "data-state=\"REJECTED\"",
				"The operator does not accept this brand for RCS.")
			.doesNotContain("data-state=\"PENDING\"", "hx-get");
		assertThat(settled.indexOf("data-state=\"LAUNCHED\"")).isPositive();
	}

	@Test
	void aLaunchEveryOperatorRefusesEndsUnlaunchedWithTheCountryRejected() throws Exception {
		String id = createAtSinch("Reject Retail");
		String sender = base + "/" + id;
		TestSandbox.get().advance(Duration.ofMinutes(1));
		mvc.perform(change(post(sender + "/launch")).param("confirmed", "true")).andExpect(redirectedUrl(sender));

		for (int step = 0; step < 5; step++) {
			TestSandbox.get().advance(Duration.ofMinutes(1));
		}

		mvc.perform(get(sender + "/status").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"UNLAUNCHED\"")))
			.andExpect(content().string(containsString("data-state=\"REJECTED\"")))
			.andExpect(content().string(not(containsString("data-state=\"LAUNCHED\""))));
	}

	@Test
	void aLaunchSinchRefusesSaysWhatIsMissing() throws Exception {
		ObjectNode body = (ObjectNode) JSON.readTree(READY);
		((ObjectNode) body.path("details").path("brand")).put("name", "Unready Retail").remove("logoUrl");
		((ObjectNode) body.path("details")).remove("questionnaire");
		String id = sinch.post(project, "/rcs/senders", body.toString()).json().path("id").asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(change(post(base + "/" + id + "/launch")).param("confirmed", "true"))
			.andExpect(redirectedUrl(base + "/" + id))
			.andExpect(flash().attribute("flashError", allOf(containsString("(sender_not_ready_for_launch)"),
					containsString("details.brand.logoUrl"), containsString("then launch again."))));
		assertThat(audit("RCS_SENDER_LAUNCH")).containsExactly("RCS_SENDER_LAUNCH ATTEMPT", "RCS_SENDER_LAUNCH FAILED");
		assertThat(watch.waitingOn(project.id(), RcsCallbacks.SENDER)).isZero();
	}

	@Test
	void theLaunchQuestionsOfTheUseCaseAndCountriesAreAnsweredThenTheSenderLaunches() throws Exception {
		ObjectNode body = (ObjectNode) JSON.readTree(ready("Questioned Retail"));
		((ObjectNode) body.path("details")).remove("questionnaire");
		((ObjectNode) body.path("details")).set("countries", JSON.readTree("[\"GB\"]"));
		String id = sinch.post(project, "/rcs/senders", body.toString()).json().path("id").asString();
		String sender = base + "/" + id;
		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(sender).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("Not answered yet: the launch needs it.")))
			.andExpect(content().string(containsString("href=\"" + sender + "/questionnaire\"")));
		mvc.perform(get(sender + "/questionnaire").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How do users agree to receive your messages?")))
			.andExpect(content().string(containsString("Questions of GB")))
			.andExpect(content().string(containsString("Which industry is the brand in?")))
			.andExpect(content().string(containsString("name=\"answers[gb.brandIndustry]\"")));

		mvc.perform(change(post(sender + "/questionnaire")).param("answers[general.optInDescription]", "At checkout")
			.param("answers[verification.email]", "not an address")
			.param("answers[general.videoUris]", "demo.mp4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"verification-email-error\"")))
			.andExpect(content().string(containsString("Enter an e-mail address such as support@example.com")))
			.andExpect(content().string(containsString("id=\"general-videoUris-error\"")))
			.andExpect(content().string(containsString("value=\"not an address\"")))
			.andExpect(content().string(containsString(">At checkout</textarea>")));
		assertThat(audit("RCS_SENDER_QUESTIONNAIRE")).isEmpty();

		mvc.perform(change(post(sender + "/questionnaire")).param("answers[general.optInDescription]", "At checkout")
			.param("answers[general.triggerDescription]", "Orders")
			.param("answers[general.interactionsDescription]", "Order updates")
			.param("answers[general.optOutDescription]", "Reply STOP")
			.param("answers[general.videoUris]", "https://retail.example.com/demo.mp4\n")
			.param("answers[verification.name]", "Eva Nowak")
			.param("answers[verification.email]", "eva@retail.example.com")
			.param("answers[verification.title]", "Head of e-commerce")
			.param("answers[verification.website]", "https://retail.example.com")
			.param("answers[gb.brandIndustry]", "Retail")
			.param("answers[gb.messagesVolume]", "10000")
			.param("answers[gb.messagesFrequency]", "Weekly")
			.param("answers[gb.campaignLength]", "Ongoing"))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashSuccess", "Launch questionnaire saved at Sinch."));

		JsonNode questionnaire = sinch.get(project, "/rcs/senders/" + id).json().path("details").path("questionnaire");
		assertThat(questionnaire.path("general").path("answers").path("videoUris").toString()).isEqualTo("[\"https://retail.example.com/demo.mp4\"]");
		assertThat(questionnaire.path("gb").path("answers").path("brandIndustry").asString()).isEqualTo("Retail");
		assertThat(audit("RCS_SENDER_QUESTIONNAIRE")).containsExactly("RCS_SENDER_QUESTIONNAIRE ATTEMPT", "RCS_SENDER_QUESTIONNAIRE SUCCEEDED");
		mvc.perform(get(sender + "/questionnaire").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("value=\"Head of e-commerce\"")));

		mvc.perform(change(post(sender + "/launch")).param("confirmed", "true"))
			.andExpect(flash().attribute("flashSuccess", containsString("Launch of Questioned Retail started.")));
	}

	@Test
	void anEditSendsOnlyWhatChangedAndIsAudited() throws Exception {
		String id = createAtSinch("Edited Retail");
		String sender = base + "/" + id;

		String page = mvc.perform(get(sender + "/edit").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"Everything for the home\"", "value=\"support@retail.example.com\"")
			.containsPattern("value=\"FR\"[^>]*checked=\"checked\"")
			.doesNotContainPattern("value=\"GB\"[^>]*checked=\"checked\"");
		mvc.perform(editForm(sender, "color", "#FFEE00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"color-error\"")))
			.andExpect(content().string(containsString("value=\"#FFEE00\"")));
		assertThat(audit("RCS_SENDER_EDIT")).isEmpty();

		mvc.perform(editForm(sender, "description", "Home and garden", "contactPhone", "+48600100900",
				"contactEmail", "", "countries", "FR,GB"))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashSuccess", "RCS sender Edited Retail saved at Sinch."));

		JsonNode details = sinch.get(project, "/rcs/senders/" + id).json().path("details");
		assertThat(details.path("brand").path("description").asString()).isEqualTo("Home and garden");
		assertThat(details.path("brand").path("phones").get(0).path("number").asString()).isEqualTo("+48600100900");
		assertThat(details.path("brand").has("emails")).isFalse();
		assertThat(details.path("countries").toString()).isEqualTo("[\"FR\",\"GB\"]");
		assertThat(audit("RCS_SENDER_EDIT")).containsExactly("RCS_SENDER_EDIT ATTEMPT", "RCS_SENDER_EDIT SUCCEEDED");
		String request = jdbc.sql("select request::text from audit_event where action = 'RCS_SENDER_EDIT' and resource_id = ? and phase = 'ATTEMPT'")
			.param(id).query(String.class).single();
		assertThat(request).contains("Home and garden", "\"emails\": null").doesNotContain("logoUrl");

		mvc.perform(editForm(sender, "description", "Home and garden", "contactPhone", "+48600100900",
				"contactEmail", "", "countries", "FR,GB"))
			.andExpect(flash().attribute("flashSuccess", "Nothing was changed, so nothing was sent to Sinch."));
		assertThat(audit("RCS_SENDER_EDIT")).hasSize(2);
	}

	@Test
	void anEditSinchRefusesDuringTheLaunchShowsItsWordsWithTheValuesKept() throws Exception {
		String id = createAtSinch("Busy Retail");
		String sender = base + "/" + id;
		TestSandbox.get().advance(Duration.ofMinutes(1));
		mvc.perform(change(post(sender + "/launch")).param("confirmed", "true")).andExpect(redirectedUrl(sender));

		mvc.perform(editForm(sender, "description", "Changed meanwhile"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wait until the launch of the sender has finished. (sender_not_updatable)")))
			.andExpect(content().string(containsString("value=\"Changed meanwhile\"")));
		assertThat(audit("RCS_SENDER_EDIT")).containsExactly("RCS_SENDER_EDIT ATTEMPT", "RCS_SENDER_EDIT FAILED");
	}

	@Test
	void aCommentReachesSinchOnceAndShowsInTheActivity() throws Exception {
		String id = createAtSinch("Retail Comments");
		String sender = base + "/" + id;
		String token = tokenIn(mvc.perform(get(sender).with(user("onboarder").roles("ONBOARDER"))).andReturn().getResponse().getContentAsString());

		mvc.perform(change(post(sender + "/comments")).param("comment", "Logo updated.").param("formToken", token))
			.andExpect(redirectedUrl(sender))
			.andExpect(flash().attribute("flashSuccess", "Comment sent to Sinch's team."));
		mvc.perform(change(post(sender + "/comments")).param("comment", "Logo updated.").param("formToken", token))
			.andExpect(flash().attribute("flashError", containsString("sent already")));

		mvc.perform(get(sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Logo updated.")));
		assertThat(audit("RCS_SENDER_COMMENT")).containsExactly("RCS_SENDER_COMMENT ATTEMPT", "RCS_SENDER_COMMENT SUCCEEDED");
	}

	@Test
	void viewersReadButCannotReachAnyChange() throws Exception {
		String id = createAtSinch("Read Only");
		String sender = base + "/" + id;
		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(sender).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Launch sender"))))
			.andExpect(content().string(not(containsString("Invite test numbers"))))
			.andExpect(content().string(not(containsString(">Remove</button>"))))
			.andExpect(content().string(not(containsString("Edit brand and countries"))));
		mvc.perform(get(base + "/new").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(get(sender + "/questionnaire").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(get(sender + "/edit").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
		for (String change : List.of("/new", "/" + id + "/launch", "/" + id + "/test-numbers", "/" + id + "/test-numbers/remove",
				"/" + id + "/test-numbers/reinvite", "/" + id + "/comments", "/" + id + "/questionnaire",
				"/" + id + "/edit")) {
			mvc.perform(post(base + change).param("confirmed", "true").param("numbers", "+48600100909")
				.param("number", "+48600100901").param("comment", "x").with(user("viewer").roles("VIEWER")).with(csrf()))
				.andExpect(status().isForbidden());
		}
		assertThat(sinch.get(project, "/rcs/senders/" + id).json().path("state").asString()).isEqualTo("IN_TEST");
		mvc.perform(get(base + "/0b0b0b0b-0000-4000-8000-000000000000").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
		mvc.perform(get(base + "/not-an-id/status").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
	}

	@Test
	void whenSinchCannotBeReachedTheListSaysSo() throws Exception {
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/rcs/senders"));

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch could not be reached just now")));
	}

	private String createAtSinch(String brandName) {
		return sinch.post(project, "/rcs/senders", ready(brandName)).json().path("id").asString();
	}

	/** A sender Sinch will launch: complete brand and questionnaire, France, one test number. */
	static String ready(String brandName) {
		ObjectNode body = (ObjectNode) JSON.readTree(READY);
		((ObjectNode) body.path("details").path("brand")).put("name", brandName);
		return body.toString();
	}

	private List<String> testNumbersAtSinch(String id) {
		List<String> numbers = new ArrayList<>();
		sinch.get(project, "/rcs/senders/" + id).json().path("testNumberStates").forEach(entry -> numbers.add(entry.path("number").asString()));
		return numbers;
	}

	private MockHttpServletRequestBuilder validForm(String token, String brandName) {
		return change(post(base + "/new")).param("formToken", token)
			.param("region", "EU")
			.param("billingCategory", "CONVERSATIONAL")
			.param("useCase", "PROMOTIONAL")
			.param("brandName", brandName)
			.param("description", "")
			.param("color", "#0B5FFF")
			.param("logoUrl", "https://coffee.example.com/logo.png")
			.param("bannerUrl", "https://coffee.example.com/banner.png")
			.param("contactEmail", "hello@coffee.example.com")
			.param("contactPhone", "+48600100900")
			.param("website", "https://coffee.example.com")
			.param("privacyPolicyUrl", "https://coffee.example.com/privacy")
			.param("termsOfServiceUrl", "https://coffee.example.com/terms")
			.param("countries", "FR", "PL")
			.param("testNumbers", "+48600100901\n+48600100902");
	}

	/** The edit form as the page fills it for a sender made by {@link #ready}, with the fields given changed. */
	private MockHttpServletRequestBuilder editForm(String sender, String... changed) {
		Map<String, String[]> fields = new LinkedHashMap<>();
		fields.put("brandName", new String[] { "Edited Retail" });
		fields.put("description", new String[] { "Everything for the home" });
		fields.put("color", new String[] { "#0B5FFF" });
		fields.put("logoUrl", new String[] { "https://retail.example.com/logo.png" });
		fields.put("bannerUrl", new String[] { "https://retail.example.com/banner.png" });
		fields.put("contactEmail", new String[] { "support@retail.example.com" });
		fields.put("privacyPolicyUrl", new String[] { "https://retail.example.com/privacy" });
		fields.put("termsOfServiceUrl", new String[] { "https://retail.example.com/terms" });
		fields.put("countries", new String[] { "FR" });
		for (int field = 0; field < changed.length; field += 2) {
			fields.put(changed[field], changed[field + 1].split(","));
		}
		MockHttpServletRequestBuilder request = change(post(sender + "/edit"));
		fields.forEach(request::param);
		return request;
	}

	private String token() throws Exception {
		return tokenIn(mvc.perform(get(base + "/new").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private static String tokenIn(String page) {
		Matcher matcher = TOKEN.matcher(page);
		assertThat(matcher.find()).as("a one-time token on the form").isTrue();
		return matcher.group(1);
	}

	private MockHttpServletRequestBuilder change(MockHttpServletRequestBuilder request) {
		return request.with(user("onboarder").roles("ONBOARDER")).with(csrf());
	}

	private List<String> audit(String action) {
		return jdbc.sql("select action || ' ' || phase from audit_event where project_id = ? and action = ? order by id")
			.param(project.id())
			.param(action)
			.query(String.class)
			.list();
	}

	private JsonNode lastAfter(String action) {
		return JSON.readTree(jdbc.sql(
				"select after::text from audit_event where project_id = ? and action = ? and phase = 'SUCCEEDED' order by id desc limit 1")
			.param(project.id())
			.param(action)
			.query(String.class)
			.single());
	}

}
