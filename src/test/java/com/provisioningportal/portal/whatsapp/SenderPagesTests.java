package com.provisioningportal.portal.whatsapp;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.web.OneTimeForms;
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

	@Autowired
	OneTimeForms forms;

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
	void aSenderSinchIsStillSettingUpKeepsAskingForItsStateAndAFinishedOneAsksOnlyForNews() throws Exception {
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
			.andExpect(content().string(not(containsString("hx-trigger=\"every 3s\""))))
			.andExpect(content().string(containsString("hx-trigger=\"every 15s\"")));
	}

	@Test
	void aSendersPageShowsItsQualityThroughputAndNumberProviderButNotTheDeprecatedDailyLimit() throws Exception {
		String active = activeSender();
		assertThat(sinchSender(active).path("dailyLimit").asString()).as("the sandbox still sends it").isNotEmpty();

		mvc.perform(get(base + "/" + active).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("id=\"sender-quality\">Green<")))
			.andExpect(content().string(containsString("80 messages per second at most")))
			.andExpect(content().string(containsString("id=\"sender-number-provider\">Customer<")))
			.andExpect(content().string(not(containsString(sinchSender(active).path("dailyLimit").asString()))))
			.andExpect(content().string(not(containsString("Tier 1k"))));
	}

	@Test
	void aKeyDeletedAtSinchIsExplainedWithWhereToEnterTheNewOne() throws Exception {
		activeSender();
		TestSandbox.get().revokeKey(project.id());

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"key-refused\"")))
			.andExpect(content().string(containsString("href=\"/projects/" + project.id() + "/edit\"")))
			.andExpect(content().string(not(containsString(project.keySecret()))));
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
	void aNumberMetaHasVerifiedAlreadyIsFinishedWithoutACode() throws Exception {
		String sender = sinch.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "999%06d"}}
				""".formatted(PHONE.incrementAndGet() % 1_000_000L)).json().path("id").asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));

		String withoutCode = mvc.perform(change(post(base + "/" + sender + "/register").param("method", "SMS")))
			.andExpect(flash().attribute("flashSuccess", containsString("Meta has verified this number already")))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(withoutCode).endsWith("?verification=without-code");
		mvc.perform(get(withoutCode).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("id=\"verify-without-code\"")));
		mvc.perform(change(post(base + "/" + sender + "/verify").param("withoutCode", "true")))
			.andExpect(flash().attribute("flashSuccess", "Verified without a code. Sinch is now setting up the number."));

		assertThat(state(sender)).isEqualTo("IN_PROGRESS");
		assertThat(TestSandbox.get().requests()).filteredOn(request -> request.path().endsWith(sender + "/verify"))
			.singleElement()
			.satisfies(request -> assertThat(request.body()).isEqualTo("{}"));
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

		mvc.perform(change(post(base + "/" + sender + "/comments").param("comment", "Please check the logo.")
			.param("formToken", forms.issue(project.id(), "onboarder"))))
			.andExpect(redirectedUrl(base + "/" + sender));

		mvc.perform(get(base + "/" + sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Please check the logo.")));
	}

	@Test
	void aCommentFormSentTwiceAddsOneComment() throws Exception {
		String sender = activeSender();
		String token = mvc.perform(get(base + "/" + sender).with(user("onboarder").roles("ONBOARDER"))).andReturn()
			.getResponse().getContentAsString().replaceAll("(?s).*name=\"formToken\" value=\"([^\"]+)\".*", "$1");

		mvc.perform(change(post(base + "/" + sender + "/comments").param("comment", "Once").param("formToken", token)))
			.andExpect(flash().attribute("flashSuccess", containsString("Comment added")));
		mvc.perform(change(post(base + "/" + sender + "/comments").param("comment", "Once").param("formToken", token)))
			.andExpect(flash().attribute("flashError", containsString("sent already")));
		mvc.perform(change(post(base + "/" + sender + "/comments").param("comment", "No token")))
			.andExpect(flash().attribute("flashError", containsString("sent already")));

		assertThat(TestSandbox.get().requests()).filteredOn(request -> "POST".equals(request.method())
				&& request.path().endsWith(sender + "/comments")).hasSize(1);
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
		mvc.perform(change(post(base + "/" + sender + "/comments").param("comment", "Token check")
			.param("formToken", forms.issue(project.id(), "onboarder"))));
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

	@Test
	void anEmptyProjectOffersToConnectANumberToThoseWhoMay() throws Exception {
		mvc.perform(get(base).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("href=\"/projects/" + project.id() + "/whatsapp/connect\"")))
			.andExpect(content().string(containsString("Connect WhatsApp number")));
		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString("Connect WhatsApp number"))));
	}

	@Test
	void theListKeepsAskingForItsRowsWhileASenderIsUnderWayAndStopsAfterwards() throws Exception {
		String settingUp = createEsSender();

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("hx-get=\"" + base + "\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 5s\"")));
		mvc.perform(get(base).header("HX-Request", "true").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-sender-id=\"" + settingUp + "\"")))
			.andExpect(content().string(containsString("data-state=\"IN_PROGRESS\"")))
			.andExpect(content().string(not(containsString("<html"))));

		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(base).header("HX-Request", "true").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-state=\"ACTIVE\"")))
			.andExpect(content().string(not(containsString("hx-get"))));
	}

	@Test
	void theEditFormStartsFromTheLiveProfileAndSendsOnlyTheChangedFields() throws Exception {
		String sender = activeSender();
		tools.jackson.databind.JsonNode live = sinchSender(sender).path("details");

		mvc.perform(get(base + "/" + sender + "/edit").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + live.path("displayName").asString() + "\"")));

		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live, "about", "Open every day"))
			.param("action", "submit"))
			.andExpect(redirectedUrl(base + "/" + sender))
			.andExpect(flash().attribute("flashSuccess", containsString("sent to Meta for review (about)")));

		assertThat(TestSandbox.get().requests()).filteredOn(request -> "PATCH".equals(request.method()))
			.last()
			.satisfies(request -> assertThat(request.body()).isEqualToIgnoringWhitespace(
					"{\"status\":\"SUBMIT\",\"details\":{\"about\":\"Open every day\"}}"));
		assertThat(sinchSender(sender).path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		mvc.perform(get(base + "/" + sender).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-pending-field=\"about\"")))
			.andExpect(content().string(containsString("hx-trigger=\"every 3s\"")));
		assertThat(watchedState(sender)).contains("ACTIVE/IN_PROGRESS");
		assertThat(auditOf(sender)).containsExactly("WHATSAPP_SENDER_EDIT ATTEMPT", "WHATSAPP_SENDER_EDIT SUCCEEDED");
		assertThat(audited(sender, "WHATSAPP_SENDER_EDIT", "ATTEMPT", "request")).contains("\"about\": \"Open every day\"")
			.contains("\"status\": \"SUBMIT\"");
		assertThat(audited(sender, "WHATSAPP_SENDER_EDIT", "SUCCEEDED", "before")).contains("\"profile\": {\"about\": null}");
		assertThat(audited(sender, "WHATSAPP_SENDER_EDIT", "SUCCEEDED", "after"))
			.contains("\"pendingProfile\": {\"about\": \"Open every day\"}");

		TestSandbox.get().advance(Duration.ofMinutes(1));

		mvc.perform(get(base + "/" + sender + "/status").with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("data-field=\"about\">Open every day<")))
			.andExpect(content().string(not(containsString("hx-trigger=\"every 3s\""))))
			.andExpect(content().string(containsString("hx-trigger=\"every 15s\"")));
	}

	@Test
	void aDraftIsKeptAtSinchAndCanBeDiscarded() throws Exception {
		String sender = activeSender();
		tools.jackson.databind.JsonNode live = sinchSender(sender).path("details");

		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live, "email", "hello@shop.example")).param("action", "draft"))
			.andExpect(flash().attribute("flashSuccess", containsString("saved as a draft (email)")));
		assertThat(TestSandbox.get().requests()).filteredOn(request -> "PATCH".equals(request.method()))
			.last()
			.satisfies(request -> assertThat(request.body()).isEqualToIgnoringWhitespace(
					"{\"status\":\"DRAFT\",\"details\":{\"email\":\"hello@shop.example\"}}"));
		assertThat(sinchSender(sender).path("changes").path("status").asString()).isEqualTo("DRAFT");
		mvc.perform(get(base + "/" + sender).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("id=\"discard-changes\"")));

		mvc.perform(change(post(base + "/" + sender + "/discard")))
			.andExpect(flash().attribute("flashSuccess", "Pending changes discarded. The sender keeps its current profile."));

		assertThat(sinchSender(sender).has("changes")).isFalse();
		assertThat(auditOf(sender)).containsExactly("WHATSAPP_SENDER_EDIT ATTEMPT", "WHATSAPP_SENDER_EDIT SUCCEEDED",
				"WHATSAPP_SENDER_DISCARD_CHANGES ATTEMPT", "WHATSAPP_SENDER_DISCARD_CHANGES SUCCEEDED");
		assertThat(audited(sender, "WHATSAPP_SENDER_DISCARD_CHANGES", "SUCCEEDED", "before")).contains("\"changes\": \"DRAFT\"")
			.contains("\"email\": \"hello@shop.example\"");
		assertThat(audited(sender, "WHATSAPP_SENDER_DISCARD_CHANGES", "SUCCEEDED", "after")).contains("\"changes\": null");
	}

	@Test
	void aDraftIsSubmittedAsItIsFromTheEditForm() throws Exception {
		String sender = activeSender();
		tools.jackson.databind.JsonNode live = sinchSender(sender).path("details");
		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live, "address", "Main St 1")).param("action", "draft"));

		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live, "address", "Main St 1")).param("action", "submit"))
			.andExpect(flash().attribute("flashSuccess", containsString("sent to Meta for review (address)")));

		assertThat(TestSandbox.get().requests()).filteredOn(request -> "PATCH".equals(request.method()))
			.last()
			.satisfies(request -> assertThat(request.body()).isEqualToIgnoringWhitespace(
					"{\"status\":\"SUBMIT\",\"details\":{\"address\":\"Main St 1\"}}"));
		assertThat(sinchSender(sender).path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
	}

	@Test
	void changesUnderReviewCannotBeDiscardedAndSinchsAnswerSaysWhatToDo() throws Exception {
		String sender = activeSender();
		sinch.patch(project, "/whatsapp/senders/" + sender, "{\"status\": \"SUBMIT\", \"details\": {\"about\": \"Hi\"}}");

		mvc.perform(change(post(base + "/" + sender + "/discard")))
			.andExpect(flash().attribute("flashError", containsString("(sender_changes_not_deletable)")))
			.andExpect(flash().attribute("flashError", containsString("wait until Meta accepts or rejects them")));
		assertThat(auditOf(sender)).containsExactly("WHATSAPP_SENDER_DISCARD_CHANGES ATTEMPT", "WHATSAPP_SENDER_DISCARD_CHANGES FAILED");
	}

	@Test
	void editingWhileEarlierChangesAreReviewedShowsSinchsRefusalOnTheForm() throws Exception {
		String sender = activeSender();
		tools.jackson.databind.JsonNode live = sinchSender(sender).path("details");
		sinch.patch(project, "/whatsapp/senders/" + sender, "{\"status\": \"SUBMIT\", \"details\": {\"address\": \"Main St 1\"}}");

		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live, "about", "Later")).param("action", "submit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sender_changes_not_updatable")))
			.andExpect(content().string(containsString("Meta is still reviewing the last changes")))
			.andExpect(content().string(containsString("value=\"Later\"")));
		assertThat(auditOf(sender)).containsExactly("WHATSAPP_SENDER_EDIT ATTEMPT", "WHATSAPP_SENDER_EDIT FAILED");
	}

	@Test
	void theEditFormChecksEachFieldAndKeepsTheValues() throws Exception {
		String sender = activeSender();
		tools.jackson.databind.JsonNode live = sinchSender(sender).path("details");

		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live, "displayName", "", "websiteOne", "not a website",
				"about", "x".repeat(140))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("Enter the display name customers see.")))
			.andExpect(content().string(containsString("Enter a web address starting with https://.")))
			.andExpect(content().string(containsString("Use at most 139 characters.")))
			.andExpect(content().string(containsString("value=\"not a website\"")));
		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live, "vertical", "SPACE_TRAVEL")))
			.andExpect(content().string(containsString("Choose one of the listed business categories.")));
		mvc.perform(change(post(base + "/" + sender + "/edit")).params(profile(live)))
			.andExpect(content().string(containsString("Nothing was changed")));

		assertThat(auditOf(sender)).isEmpty();
		assertThat(TestSandbox.get().requests()).noneMatch(request -> "PATCH".equals(request.method()) && request.path().endsWith(sender));
	}

	@Test
	void onlyActiveSendersAreEditedAndOnlyByThoseWhoMayChange() throws Exception {
		String pending = pendingVerificationSender();
		mvc.perform(get(base + "/" + pending + "/edit").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(redirectedUrl(base + "/" + pending))
			.andExpect(flash().attribute("flashError", containsString("Only an active sender's profile can be changed")));
		String active = activeSender();
		mvc.perform(get(base + "/" + active + "/edit").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
		mvc.perform(get(base + "/" + active).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString("Edit profile"))));
	}

	@Test
	void verifyingANumberStartsWaitingOnIt() throws Exception {
		String sender = pendingVerificationSender();
		mvc.perform(change(post(base + "/" + sender + "/register").param("method", "SMS")));
		mvc.perform(change(post(base + "/" + sender + "/verify").param("code", "123456")));

		assertThat(watchedState(sender)).contains("IN_PROGRESS");
	}

	/** The form as the page fills it from the live profile, with some fields changed: name, value, name, value... */
	private org.springframework.util.MultiValueMap<String, String> profile(tools.jackson.databind.JsonNode live, String... changes) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		for (String name : List.of("displayName", "vertical", "description", "email", "address", "websiteOne", "websiteTwo", "about", "photoUrl")) {
			form.add(name, live.path(name).isString() ? live.path(name).asString() : "");
		}
		for (int field = 0; field < changes.length; field += 2) {
			form.set(changes[field], changes[field + 1]);
		}
		return form;
	}

	/** One JSON column (request, before or after) of the sender's audit row of this action and phase. */
	private String audited(String senderId, String action, String phase, String column) {
		return jdbc.sql("select " + column + "::text from audit_event where resource_id = ? and action = ? and phase = ?")
			.params(senderId, action, phase)
			.query(String.class)
			.single();
	}

	private java.util.Optional<String> watchedState(String senderId) {
		return jdbc.sql("select state from watched_status where kind = 'whatsapp-sender' and resource_id = ?")
			.param(senderId).query(String.class).optional();
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
