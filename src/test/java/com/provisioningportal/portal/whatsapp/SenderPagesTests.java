package com.provisioningportal.portal.whatsapp;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sender pages against the sandbox: what Sinch says, shown truthfully; every change audited. */
@PortalTest
class SenderPagesTests {

	private static final AtomicLong PHONE = new AtomicLong(System.nanoTime() % 100_000_000L);

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
	void projectWithSenders() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Senders " + UUID.randomUUID()),
				"senders-secret");
		base = "/projects/" + project.id() + "/whatsapp/senders";
	}

	@Test
	void theListShowsEachSenderWithItsStateAndFiltersByState() throws Exception {
		String active = activeSender();
		String pending = pendingVerificationSender();

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-sender-id=\"" + active + "\"")))
			.andExpect(content().string(containsString("data-sender-id=\"" + pending + "\"")))
			.andExpect(content().string(containsString("data-state=\"PENDING_VERIFICATION\"")));
		mvc.perform(get(base).param("state", "PENDING_VERIFICATION").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-sender-id=\"" + pending + "\"")))
			.andExpect(content().string(not(containsString("data-sender-id=\"" + active + "\""))));
		assertThat(TestSandbox.get().requests()).filteredOn(request -> request.path().endsWith(project.id() + "/whatsapp/senders"))
			.last()
			.satisfies(request -> assertThat(request.query()).contains("filterStates=PENDING_VERIFICATION"));
	}

	@Test
	void pagesFollowSinchsPageTokens() throws Exception {
		for (int sender = 0; sender < SenderController.PAGE_SIZE + 1; sender++) {
			createEsSender();
		}

		String firstPage = mvc.perform(get(base).with(user("viewer").roles("VIEWER"))).andReturn().getResponse().getContentAsString();
		assertThat(firstPage).contains("pageToken=");
		String next = firstPage.replaceAll("(?s).*href=\"([^\"]*pageToken=[^\"]*)\".*", "$1").replace("&amp;", "&");

		mvc.perform(get(next).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Previous")))
			.andExpect(content().string(containsString("data-sender-id=")));
	}

	@Test
	void aSenderSinchIsStillSettingUpKeepsAskingForItsStateAndAFinishedOneDoesNot() throws Exception {
		String settingUp = createEsSender();

		mvc.perform(get(base + "/" + settingUp).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("hx-get=\"" + base + "/" + settingUp + "/status\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 3s\"")));
		mvc.perform(get(base + "/" + settingUp + "/status").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"IN_PROGRESS\"")))
			.andExpect(content().string(not(containsString("<html"))));

		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(base + "/" + settingUp + "/status").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"ACTIVE\"")))
			.andExpect(content().string(not(containsString("hx-get"))));
	}

	@Test
	void anEmptyProjectSaysWhatSendersAreFor() throws Exception {
		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("No senders here")));
	}

	@Test
	void aPendingSenderIsVerifiedWithItsCodeAndEveryStepIsAudited() throws Exception {
		String sender = pendingVerificationSender();
		mvc.perform(get(base + "/" + sender).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("Verify the number")));

		mvc.perform(change(post(base + "/" + sender + "/register").param("method", "SMS")))
			.andExpect(flash().attribute("flashSuccess", containsString("Verification code requested by SMS")));
		mvc.perform(change(post(base + "/" + sender + "/verify").param("code", "123456")))
			.andExpect(flash().attribute("flashSuccess", "Code accepted. Sinch is now setting up the number."));

		assertThat(state(sender)).isEqualTo("IN_PROGRESS");
		assertThat(auditOf(sender)).containsExactly("WHATSAPP_SENDER_REGISTER ATTEMPT", "WHATSAPP_SENDER_REGISTER SUCCEEDED",
				"WHATSAPP_SENDER_VERIFY ATTEMPT", "WHATSAPP_SENDER_VERIFY SUCCEEDED");
	}

	@Test
	void aWrongCodeShowsSinchsAnswerAndIsAuditedAsFailed() throws Exception {
		String sender = pendingVerificationSender();
		mvc.perform(change(post(base + "/" + sender + "/register").param("method", "SMS")));

		mvc.perform(change(post(base + "/" + sender + "/verify").param("code", "000000")))
			.andExpect(flash().attribute("flashError", containsString("Sinch refused")));

		assertThat(state(sender)).isEqualTo("PENDING_VERIFICATION");
		assertThat(auditOf(sender)).endsWith("WHATSAPP_SENDER_VERIFY FAILED");
	}

	@Test
	void aCodeThatIsNotSixDigitsIsNotSent() throws Exception {
		String sender = pendingVerificationSender();

		mvc.perform(change(post(base + "/" + sender + "/verify").param("code", "12ab")))
			.andExpect(flash().attribute("flashError", "Enter the 6-digit code from the SMS or call."));

		assertThat(auditOf(sender)).isEmpty();
	}

	@Test
	void aCommentIsAddedAndShown() throws Exception {
		String sender = activeSender();

		mvc.perform(change(post(base + "/" + sender + "/comments").param("comment", "Please check the logo.")))
			.andExpect(redirectedUrl(base + "/" + sender));

		mvc.perform(get(base + "/" + sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Please check the logo.")));
	}

	@Test
	void deletingNeedsTheNumberTypedAndThenGoesToSinch() throws Exception {
		String sender = activeSender();
		String number = sinchSender(sender).path("countryCode").asString() + " " + sinchSender(sender).path("phoneNumber").asString();

		mvc.perform(change(post(base + "/" + sender + "/delete").param("confirmation", "something else")))
			.andExpect(flash().attribute("flashError", containsString("Nothing was deleted")));
		assertThat(auditOf(sender)).isEmpty();

		mvc.perform(change(post(base + "/" + sender + "/delete").param("confirmation", "+" + number)))
			.andExpect(redirectedUrl(base));
		assertThat(auditOf(sender)).containsExactly("WHATSAPP_SENDER_DELETE ATTEMPT", "WHATSAPP_SENDER_DELETE SUCCEEDED");
	}

	@Test
	void deletingASenderSinchDoesNotKnowSaysSoInsteadOfFailing() throws Exception {
		String unknown = UUID.randomUUID().toString();

		mvc.perform(change(post(base + "/" + unknown + "/delete").param("confirmation", "+48 1")))
			.andExpect(redirectedUrl(base + "/" + unknown))
			.andExpect(flash().attribute("flashError", containsString("Sinch refused: ")))
			.andExpect(flash().attribute("flashError", containsString("(sender_not_found)")));
		assertThat(auditOf(unknown)).isEmpty();
	}

	@Test
	void theSendersBearerTokenIsNeverShownNorAudited() throws Exception {
		String sender = activeSender();
		String token = sinchSender(sender).path("bearerToken").asString();
		assertThat(token).isNotBlank();

		mvc.perform(get(base + "/" + sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString(token))));
		mvc.perform(change(post(base + "/" + sender + "/comments").param("comment", "Token check")));
		assertThat(String.join(" ", jdbc.sql("""
				select coalesce(request::text, '') || coalesce(before::text, '') || coalesce(after::text, '')
				from audit_event where resource_id = ?""").param(sender).query(String.class).list())).doesNotContain(token);
	}

	@Test
	void viewersReadButDoNotChange() throws Exception {
		String sender = activeSender();

		mvc.perform(post(base + "/" + sender + "/comments").param("comment", "x").with(user("viewer").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get(base + "/" + sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString("Add a comment"))));
	}

	@Test
	void anUnknownSenderOrProjectIsNotFound() throws Exception {
		mvc.perform(get(base + "/" + UUID.randomUUID()).with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + UUID.randomUUID() + "/whatsapp/senders").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
	}

	private MockHttpServletRequestBuilder change(MockHttpServletRequestBuilder request) {
		return request.with(user("onboarder").roles("ONBOARDER")).with(csrf());
	}

	private String createEsSender() {
		String wabaId = TestSandbox.get().resources(project.id()).path("account").path("wabaId").asString();
		return sinch.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%d", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, 10_000_000_000L + PHONE.incrementAndGet())).json().path("id").asString();
	}

	private String activeSender() {
		String id = createEsSender();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		return id;
	}

	private String pendingVerificationSender() {
		String id = sinch.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "%d"}}
				""".formatted(600_000_000L + PHONE.incrementAndGet() % 100_000_000L)).json().path("id").asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		return id;
	}

	private tools.jackson.databind.JsonNode sinchSender(String id) {
		return sinch.get(project, "/whatsapp/senders/" + id).json();
	}

	private String state(String id) {
		return sinchSender(id).path("state").asString();
	}

	private List<String> auditOf(String senderId) {
		return jdbc.sql("select action || ' ' || phase from audit_event where resource_type = 'whatsapp-sender' and resource_id = ? and action like 'WHATSAPP_SENDER_%' and action <> 'WHATSAPP_SENDER_COMMENT' order by id")
			.param(senderId).query(String.class).list();
	}

}
