package com.provisioningportal.portal.sms;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The SMS app pages against the sandbox: lists, standalone creates, rename and delete, each change audited. */
@PortalTest
class SmsAppPagesTests {

	private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

	private final SandboxClient sinch = new SandboxClient(TestSandbox.get());

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	SandboxProject project;

	String base;

	@BeforeEach
	void project() {
		project = ProjectFixtures.registerWithCallback(context, "SMS " + UUID.randomUUID(), "sms-secret");
		base = "/projects/" + project.id() + "/sms/apps";
	}

	@AfterEach
	void noFaults() {
		TestSandbox.get().faults().clear();
	}

	@Test
	void anEmptyProjectSaysWhatSmsAppsAreForAndOffersTheFirstOne() throws Exception {
		mvc.perform(get(base).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No SMS apps yet")))
			.andExpect(content().string(containsString("href=\"" + base + "/new\"")));
		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString("href=\"" + base + "/new\""))));
	}

	@Test
	void theListShowsEachAppWithItsStatusRegionsAndConversationApp() throws Exception {
		String linked = createAtSinch("Alerts", "{\"convApiAppId\": \"01KXD2MJSAN61CNE0CJ6VT6PXP\"}");
		String alone = createAtSinch("Reminders", "{}");

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-sms-app-id=\"" + linked + "\"")))
			.andExpect(content().string(containsString("data-sms-app-id=\"" + alone + "\"")))
			.andExpect(content().string(containsString("data-state=\"PENDING_ADD\"")))
			.andExpect(content().string(containsString("01KXD2MJSAN61CNE0CJ6VT6PXP")))
			.andExpect(content().string(containsString("2 SMS apps")));
	}

	@Test
	void pagesFollowSinchsPageTokens() throws Exception {
		for (int app = 0; app < SmsAppController.PAGE_SIZE + 1; app++) {
			createAtSinch("App " + app, "{}");
		}

		String firstPage = mvc.perform(get(base).with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
		assertThat(firstPage).contains("pageToken=");
		String next = firstPage.replaceAll("(?s).*href=\"([^\"]*pageToken=[^\"]*)\".*", "$1").replace("&amp;", "&");

		String secondPage = mvc.perform(get(next).with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
		assertThat(secondPage).contains("Previous").containsOnlyOnce("data-sms-app-id=");
		assertThat(TestSandbox.get().requests()).filteredOn(request -> request.path().endsWith(project.id() + "/sms/smsApps"))
			.last()
			.satisfies(request -> assertThat(request.query()).contains("pageToken=").contains("pageSize=20"));
	}

	@Test
	void aStandaloneAppLinkedToAConversationAppIsCreatedAuditedAndShownWithItsIds() throws Exception {
		String token = token(base + "/new/standalone");

		String location = mvc.perform(change(post(base + "/new/standalone")).param("formToken", token)
			.param("name", "Alerts EU")
			.param("region", "EU")
			.param("conversationAppId", "01KXD2MJSAN61CNE0CJ6VT6PXQ"))
			.andExpect(redirectedUrlPattern(base + "/*"))
			.andExpect(flash().attribute("flashSuccess", containsString("linked to Conversation app 01KXD2MJSAN61CNE0CJ6VT6PXQ")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String id = location.substring(location.lastIndexOf('/') + 1);

		JsonNode atSinch = sinch.get(project, "/sms/smsApps/" + id).json();
		assertThat(atSinch.path("name").asString()).isEqualTo("Alerts EU");
		assertThat(atSinch.path("conversationApiAppDetails").path("id").asString()).isEqualTo("01KXD2MJSAN61CNE0CJ6VT6PXQ");
		mvc.perform(get(location).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-copy=\"" + id + "\"")))
			.andExpect(content().string(containsString("data-copy=\"" + atSinch.path("smsServiceId").asString() + "\"")))
			.andExpect(content().string(containsString("data-copy=\"01KXD2MJSAN61CNE0CJ6VT6PXQ\"")))
			.andExpect(content().string(containsString("Created on its own")));
		assertThat(audit("SMS_APP_CREATE")).containsExactly("SMS_APP_CREATE ATTEMPT", "SMS_APP_CREATE SUCCEEDED");
		JsonNode after = lastAfter("SMS_APP_CREATE");
		assertThat(after.path("id").asString()).isEqualTo(id);
		assertThat(after.path("conversationAppId").asString()).isEqualTo("01KXD2MJSAN61CNE0CJ6VT6PXQ");
		assertThat(after.path("status").asString()).isEqualTo("PENDING_ADD");
	}

	@Test
	void aDoubleSubmitMakesOneAppAndTheSecondGoesToIt() throws Exception {
		String token = token(base + "/new/standalone");
		MockHttpServletRequestBuilder submit = change(post(base + "/new/standalone")).param("formToken", token)
			.param("name", "Once")
			.param("region", "US");

		String first = mvc.perform(submit).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(submit)
			.andExpect(redirectedUrl(first))
			.andExpect(flash().attribute("flashSuccess", containsString("sent already")));

		assertThat(sinch.get(project, "/sms/smsApps").json().path("totalSize").asInt()).isEqualTo(1);
		assertThat(audit("SMS_APP_CREATE")).hasSize(2);
	}

	@Test
	void aFormWithoutAValidTokenCreatesNothing() throws Exception {
		mvc.perform(change(post(base + "/new/standalone")).param("formToken", "forged").param("name", "X").param("region", "EU"))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashError", containsString("sent already or has expired")));

		assertThat(sinch.get(project, "/sms/smsApps").json().path("totalSize").asInt()).isZero();
	}

	@Test
	void badInputIsExplainedNextToEachFieldWithTheValuesKeptAndNothingSent() throws Exception {
		String token = token(base + "/new/standalone");

		mvc.perform(change(post(base + "/new/standalone")).param("formToken", token)
			.param("name", " ")
			.param("region", "")
			.param("conversationAppId", "not an id"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter a name for the SMS app.")))
			.andExpect(content().string(containsString("Choose the region the SMS app works in.")))
			.andExpect(content().string(containsString("Enter the Conversation app id as Sinch shows it")))
			.andExpect(content().string(containsString("value=\"not an id\"")))
			.andExpect(content().string(containsString("value=\"" + token + "\"")));
		mvc.perform(change(post(base + "/new/standalone")).param("formToken", token).param("name", "x".repeat(256)).param("region", "XX"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at most 255 characters.")));

		assertThat(audit("SMS_APP_CREATE")).isEmpty();
	}

	@Test
	void aConversationAppThatHasAnSmsAppAlreadyIsRefusedWithSinchsWordsAndTheFormCanBeSentAgain() throws Exception {
		createAtSinch("First", "{\"convApiAppId\": \"01KXD2MJSAN61CNE0CJ6VT6PXR\"}");
		String token = token(base + "/new/standalone");

		mvc.perform(change(post(base + "/new/standalone")).param("formToken", token)
			.param("name", "Second")
			.param("region", "EU")
			.param("conversationAppId", "01KXD2MJSAN61CNE0CJ6VT6PXR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This Conversation app already has an SMS app.")))
			.andExpect(content().string(containsString("Conversation app is already connected to an SMS app.")))
			.andExpect(content().string(containsString("conversation_app_already_connected_to_sms_app")))
			.andExpect(content().string(containsString("value=\"Second\"")));
		assertThat(audit("SMS_APP_CREATE")).containsExactly("SMS_APP_CREATE ATTEMPT", "SMS_APP_CREATE FAILED");

		mvc.perform(change(post(base + "/new/standalone")).param("formToken", token).param("name", "Second").param("region", "EU"))
			.andExpect(redirectedUrlPattern(base + "/*"));
	}

	@Test
	void whenSinchMayHaveCreatedTheAppThePageSaysToCheckTheListAndGivesAFreshForm() throws Exception {
		String token = token(base + "/new/standalone");
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/sms/smsApps").forMethod("POST").times(1));

		String page = mvc.perform(change(post(base + "/new/standalone")).param("formToken", token).param("name", "Maybe").param("region", "EU"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check the SMS apps list before sending the form again.")))
			.andExpect(content().string(containsString("Sinch could not be reached")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String fresh = tokenIn(page);
		assertThat(fresh).isNotEqualTo(token);
		assertThat(audit("SMS_APP_CREATE")).containsExactly("SMS_APP_CREATE ATTEMPT", "SMS_APP_CREATE UNKNOWN");
		assertThat(TestSandbox.get().requests()).filteredOn(request -> "POST".equals(request.method())
				&& request.path().endsWith(project.id() + "/sms/smsApps")).hasSize(1);
	}

	@Test
	void anAppSinchIsStillSettingUpKeepsAskingForItsStatusAndAnActiveOneDoesNot() throws Exception {
		String id = createAtSinch("Settling", "{\"convApiApp\": true}");

		mvc.perform(get(base + "/" + id).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("hx-get=\"" + base + "/" + id + "/status\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 3s\"")));
		mvc.perform(get(base + "/" + id + "/status").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"PENDING_ADD\"")))
			.andExpect(content().string(not(containsString("<html"))));

		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(base + "/" + id + "/status").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"ACTIVE\"")))
			.andExpect(content().string(not(containsString("data-state=\"PENDING\""))))
			.andExpect(content().string(not(containsString("hx-get"))));
		mvc.perform(get(base + "/0123456789abcdef0123456789abcdef/status").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void renamingIsAuditedWithTheNameBeforeAndAfter() throws Exception {
		String id = createAtSinch("Old name", "{}");

		mvc.perform(change(post(base + "/" + id + "/rename")).param("name", "New name"))
			.andExpect(redirectedUrl(base + "/" + id))
			.andExpect(flash().attribute("flashSuccess", "SMS app renamed from Old name to New name."));

		assertThat(sinch.get(project, "/sms/smsApps/" + id).json().path("name").asString()).isEqualTo("New name");
		assertThat(audit("SMS_APP_RENAME")).containsExactly("SMS_APP_RENAME ATTEMPT", "SMS_APP_RENAME SUCCEEDED");
		assertThat(jdbc.sql("select before->>'name' from audit_event where action = 'SMS_APP_RENAME' and resource_id = ? and phase = 'ATTEMPT'")
			.param(id).query(String.class).single()).isEqualTo("Old name");
		assertThat(lastAfter("SMS_APP_RENAME").path("name").asString()).isEqualTo("New name");
	}

	@Test
	void aBlankNewNameIsExplainedNextToTheFieldAndNothingIsSent() throws Exception {
		String id = createAtSinch("Keep", "{}");

		mvc.perform(change(post(base + "/" + id + "/rename")).param("name", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the new name.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));

		assertThat(audit("SMS_APP_RENAME")).isEmpty();
	}

	@Test
	void aRenameSinchRefusesShowsItsAnswerNextToTheName() throws Exception {
		String id = createAtSinch("Refused", "{}");
		TestSandbox.get().faults().add(FaultRule.status("/v1/projects/" + project.id() + "/sms/smsApps/" + id, 500).forMethod("PATCH"));

		mvc.perform(change(post(base + "/" + id + "/rename")).param("name", "Another"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch refused: ")))
			.andExpect(content().string(containsString("value=\"Another\"")));

		assertThat(audit("SMS_APP_RENAME")).containsExactly("SMS_APP_RENAME ATTEMPT", "SMS_APP_RENAME FAILED");
	}

	@Test
	void deletingNeedsTheNameTypedThenIsAuditedWithTheAppAsItWas() throws Exception {
		String id = createAtSinch("Goner", "{}");

		mvc.perform(change(post(base + "/" + id + "/delete")).param("confirmation", "goner"))
			.andExpect(redirectedUrl(base + "/" + id))
			.andExpect(flash().attribute("flashError", containsString("Nothing was deleted")));
		assertThat(audit("SMS_APP_DELETE")).isEmpty();

		mvc.perform(change(post(base + "/" + id + "/delete")).param("confirmation", "Goner"))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashSuccess", "SMS app Goner deleted."));

		assertThat(sinch.get(project, "/sms/smsApps/" + id).errorCode()).isEqualTo("sms_app_not_found");
		assertThat(audit("SMS_APP_DELETE")).containsExactly("SMS_APP_DELETE ATTEMPT", "SMS_APP_DELETE SUCCEEDED");
		assertThat(jdbc.sql("select before->>'name' from audit_event where action = 'SMS_APP_DELETE' and resource_id = ? and phase = 'ATTEMPT'")
			.param(id).query(String.class).single()).isEqualTo("Goner");
	}

	@Test
	void changingAnAppSinchDoesNotKnowSaysSoInsteadOfFailing() throws Exception {
		String unknown = "0123456789abcdef0123456789abcdef";

		mvc.perform(change(post(base + "/" + unknown + "/delete")).param("confirmation", "x"))
			.andExpect(redirectedUrl(base + "/" + unknown))
			.andExpect(flash().attribute("flashError", containsString("(sms_app_not_found)")));
		mvc.perform(change(post(base + "/" + unknown + "/rename")).param("name", "x"))
			.andExpect(flash().attribute("flashError", startsWith("Sinch refused: ")));
		mvc.perform(get(base + "/" + unknown).with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
		mvc.perform(get(base + "/not-an-id").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
	}

	@Test
	void whenSinchCannotBeReachedTheListSaysSo() throws Exception {
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/sms/smsApps"));

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch could not be reached just now")));
	}

	@Test
	void viewersReadButDoNotChangeAndUnknownProjectsAreNotFound() throws Exception {
		String id = createAtSinch("Read only", "{}");

		mvc.perform(get(base + "/" + id).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Rename"))))
			.andExpect(content().string(not(containsString("Delete SMS app"))));
		mvc.perform(post(base + "/" + id + "/rename").param("name", "x").with(user("viewer").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get(base + "/new/standalone").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(get("/projects/" + UUID.randomUUID() + "/sms/apps").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theStandaloneFormOffersConversationAppsThatBundlesMadeWithoutAnSmsApp() throws Exception {
		String bundle = sinch.post(project, "/bundles", "{\"name\": \"Chat only\", \"region\": \"EU\", \"convApp\": true}")
			.json()
			.path("id")
			.asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		String convAppId = sinch.get(project, "/bundles/" + bundle).json().path("convApp").path("id").asString();

		mvc.perform(get(base + "/new/standalone").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("<option value=\"" + convAppId + "\">Chat only</option>")));
	}

	private String createAtSinch(String name, String extra) {
		JsonNode body = tools.jackson.databind.json.JsonMapper.builder().build().readTree(extra);
		((tools.jackson.databind.node.ObjectNode) body).put("name", name).put("region", "EU");
		return sinch.post(project, "/sms/smsApps", body.toString()).json().path("id").asString();
	}

	private String token(String formPath) throws Exception {
		return tokenIn(mvc.perform(get(formPath).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	static String tokenIn(String page) {
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
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(jdbc.sql(
				"select after::text from audit_event where project_id = ? and action = ? and phase = 'SUCCEEDED' order by id desc limit 1")
			.param(project.id())
			.param(action)
			.query(String.class)
			.single());
	}

}
