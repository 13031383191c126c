package com.provisioningportal.portal.sms;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
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

/** A new SMS app with a new Conversation app through a bundle: the form, the one request, and its progress. */
@PortalTest
class BundlePagesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		project = ProjectFixtures.registerWithCallback(context, "Bundles " + UUID.randomUUID(), "bundle-secret");
		base = "/projects/" + project.id() + "/sms/apps";
	}

	@AfterEach
	void noFaults() {
		TestSandbox.get().faults().clear();
	}

	@Test
	void aBundleIsRequestedOnceAuditedWithoutSecretsAndWaitedOn() throws Exception {
		String location = mvc.perform(change(post(base + "/new/bundle")).param("formToken", token())
			.param("name", "Alerts")
			.param("region", "EU")
			.param("webhooks[0].target", "https://hooks.example.com/bundles")
			.param("webhooks[0].secret", "very-secret-value")
			.param("webhooks[0].trigger", "BUNDLE_DONE"))
			.andExpect(redirectedUrlPattern(base + "/bundles/*"))
			.andExpect(flash().attribute("flashSuccess", containsString("Sinch is setting up SMS app Alerts")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String bundleId = location.substring(location.lastIndexOf('/') + 1);

		JsonNode bundle = sinch.get(project, "/bundles/" + bundleId).json();
		assertThat(bundle.path("state").asString()).isEqualTo("IN_PROGRESS");
		assertThat(bundle.path("smsApp").path("name").asString()).isEqualTo("Alerts");
		assertThat(bundle.path("convApp").path("id").asString()).isNotBlank();
		assertThat(bundle.path("webhooks").get(0).path("target").asString()).isEqualTo("https://hooks.example.com/bundles");
		assertThat(TestSandbox.get().requests()).filteredOn(request -> "POST".equals(request.method())
				&& request.path().endsWith(project.id() + "/bundles")).hasSize(1);
		assertThat(audit("SMS_BUNDLE_CREATE")).containsExactly("SMS_BUNDLE_CREATE ATTEMPT", "SMS_BUNDLE_CREATE SUCCEEDED");
		String stored = jdbc.sql("select coalesce(request::text, '') || coalesce(after::text, '') from audit_event where project_id = ? and action = 'SMS_BUNDLE_CREATE'")
			.param(project.id()).query(String.class).list().toString();
		assertThat(stored).contains("https://hooks.example.com/bundles").contains(bundleId).doesNotContain("very-secret-value");
		JsonNode after = JSON.readTree(jdbc.sql("select after::text from audit_event where project_id = ? and action = 'SMS_BUNDLE_CREATE' and phase = 'SUCCEEDED'")
			.param(project.id()).query(String.class).single());
		assertThat(after.path("smsAppId").asString()).isEqualTo(bundle.path("smsApp").path("id").asString());
		assertThat(jdbc.sql("select state from watched_status where project_id = ?::uuid and kind = 'bundle' and resource_id = ?")
			.param(project.id()).param(bundleId).query(String.class).single()).isEqualTo("IN_PROGRESS");
		assertThat(jdbc.sql("select requested_by from sms_bundle_request where project_id = ?::uuid and bundle_id = ?")
			.param(project.id()).param(bundleId).query(String.class).single()).isEqualTo("onboarder");
	}

	@Test
	void theProgressIsPolledWhileInProgressAndShowsTheIdsOnceDone() throws Exception {
		String bundleId = createBundle("Progress");
		String page = base + "/bundles/" + bundleId;

		mvc.perform(get(page).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"" + page + "/progress\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 3s\"")))
			.andExpect(content().string(containsString("Requested at Sinch")))
			.andExpect(content().string(containsString("by onboarder")))
			.andExpect(content().string(containsString("Pending add")))
			.andExpect(content().string(containsString("aria-current=\"step\"")));
		mvc.perform(get(page + "/progress").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"IN_PROGRESS\"")))
			.andExpect(content().string(not(containsString("<html"))));

		TestSandbox.get().advance(Duration.ofMinutes(1));

		JsonNode bundle = sinch.get(project, "/bundles/" + bundleId).json();
		String smsAppId = bundle.path("smsApp").path("id").asString();
		mvc.perform(get(page + "/progress").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"DONE\"")))
			.andExpect(content().string(not(containsString("hx-get"))))
			.andExpect(content().string(containsString("data-copy=\"" + smsAppId + "\"")))
			.andExpect(content().string(containsString("data-copy=\"" + bundle.path("convApp").path("id").asString() + "\"")))
			.andExpect(content().string(containsString("href=\"" + base + "/" + smsAppId + "\"")));
		mvc.perform(get(base + "/" + smsAppId).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("href=\"" + page + "\"")))
			.andExpect(content().string(containsString("data-state=\"ACTIVE\"")));
	}

	@Test
	void theListShowsBundlesStillBeingSetUpAndTheirSmsApps() throws Exception {
		String bundleId = createBundle("Still going");

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-bundle-id=\"" + bundleId + "\"")))
			.andExpect(content().string(containsString("Sinch is still setting these up")))
			.andExpect(content().string(containsString("data-state=\"PENDING_ADD\"")));
	}

	@Test
	void aBundleSinchCannotFinishSaysWhereItStoppedAndWhatToDo() throws Exception {
		String bundleId = createBundle("Please fail");

		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(base + "/bundles/" + bundleId + "/progress").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"FAILED\"")))
			.andExpect(content().string(containsString("Sinch could not finish this bundle.")))
			.andExpect(content().string(containsString("Failed add")))
			.andExpect(content().string(not(containsString("hx-get"))));
	}

	@Test
	void aDoubleSubmitMakesOneBundle() throws Exception {
		MockHttpServletRequestBuilder submit = change(post(base + "/new/bundle")).param("formToken", token())
			.param("name", "Twice")
			.param("region", "US");

		String first = mvc.perform(submit).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(submit).andExpect(redirectedUrl(first));

		assertThat(sinch.get(project, "/bundles").json().path("totalSize").asInt()).isEqualTo(1);
	}

	@Test
	void badInputIsExplainedNextToEachFieldAndSecretsAreNotSentBack() throws Exception {
		String token = token();

		mvc.perform(change(post(base + "/new/bundle")).param("formToken", token)
			.param("name", "")
			.param("webhooks[0].target", "not a url")
			.param("webhooks[0].secret", "kept-out-of-html")
			.param("webhooks[0].trigger", "BUNDLE_DONE")
			.param("webhooks[1].target", "https://hooks.example.com/x")
			.param("webhooks[1].trigger", "NOT_A_TRIGGER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a name for the SMS app.")))
			.andExpect(content().string(containsString("Choose the region the SMS app works in.")))
			.andExpect(content().string(containsString("Enter an http or https address of at most 742 characters.")))
			.andExpect(content().string(containsString("Enter the secret Sinch signs its calls with.")))
			.andExpect(content().string(containsString("Choose what Sinch should call about.")))
			.andExpect(content().string(containsString("value=\"not a url\"")))
			.andExpect(content().string(containsString("id=\"webhooks[0].target\"")))
			.andExpect(content().string(not(containsString("kept-out-of-html"))));

		assertThat(audit("SMS_BUNDLE_CREATE")).isEmpty();
		assertThat(sinch.get(project, "/bundles").json().path("totalSize").asInt()).isZero();
	}

	@Test
	void aWebhookAddressTheProjectHasAlreadyIsExplainedAndTheFormMaySendAgain() throws Exception {
		sinch.post(project, "/webhooks", "{\"target\": \"https://hooks.example.com/taken\", \"secret\": \"s\", \"triggers\": [\"ALL\"]}");
		String token = token();

		mvc.perform(change(post(base + "/new/bundle")).param("formToken", token)
			.param("name", "Hooked")
			.param("region", "EU")
			.param("webhooks[0].target", "https://hooks.example.com/taken")
			.param("webhooks[0].secret", "s")
			.param("webhooks[0].trigger", "BUNDLE_DONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The project already has a webhook with one of these addresses.")))
			.andExpect(content().string(containsString("webhook_exists")))
			.andExpect(content().string(containsString("value=\"Hooked\"")));
		assertThat(audit("SMS_BUNDLE_CREATE")).containsExactly("SMS_BUNDLE_CREATE ATTEMPT", "SMS_BUNDLE_CREATE FAILED");

		mvc.perform(change(post(base + "/new/bundle")).param("formToken", token).param("name", "Hooked").param("region", "EU"))
			.andExpect(redirectedUrlPattern(base + "/bundles/*"));
	}

	@Test
	void aBundleCreateIsNeverRepeatedWhenSinchFailsAndThePageSaysToCheckTheList() throws Exception {
		String token = token();
		TestSandbox.get().faults().add(FaultRule.status("/v1/projects/" + project.id() + "/bundles", 500).forMethod("POST"));

		String page = mvc.perform(change(post(base + "/new/bundle")).param("formToken", token).param("name", "Unsure").param("region", "EU"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("may or may not have created something")))
			.andExpect(content().string(containsString("internal_error")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(SmsAppPagesTests.tokenIn(page)).isNotEqualTo(token);
		assertThat(TestSandbox.get().requests()).filteredOn(request -> "POST".equals(request.method())
				&& request.path().endsWith(project.id() + "/bundles")).hasSize(1);
		mvc.perform(change(post(base + "/new/bundle")).param("formToken", token).param("name", "Unsure").param("region", "EU"))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashError", containsString("sent already")));
	}

	@Test
	void anUnknownBundleIsNotFound() throws Exception {
		mvc.perform(get(base + "/bundles/0123456789abcdef01234567").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
		mvc.perform(get(base + "/bundles/0123456789abcdef01234567/progress").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
		mvc.perform(get(base + "/bundles/nope").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
	}

	@Test
	void viewersSeeProgressButCannotCreate() throws Exception {
		mvc.perform(get(base + "/new/bundle").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(post(base + "/new/bundle").param("name", "x").with(user("viewer").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private String createBundle(String name) throws Exception {
		String location = mvc.perform(change(post(base + "/new/bundle")).param("formToken", token()).param("name", name).param("region", "EU"))
			.andExpect(redirectedUrlPattern(base + "/bundles/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String token() throws Exception {
		return SmsAppPagesTests.tokenIn(mvc.perform(get(base + "/new/bundle").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
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

}
