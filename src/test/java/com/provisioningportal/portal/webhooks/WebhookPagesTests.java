package com.provisioningportal.portal.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.sandbox.CallbackDelivery;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The webhook pages against the sandbox: what the person typed is checked, Sinch's answers shown, every change audited. */
@PortalTest
class WebhookPagesTests {

	private static final Pattern SHOWN_SECRET = Pattern.compile("id=\"webhook-secret\"[^>]*value=\"([^\"]+)\"");

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
	void project() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Webhooks " + UUID.randomUUID()),
				"webhooks-callback-secret");
		base = "/projects/" + project.id() + "/webhooks";
	}

	@AfterEach
	void noFaults() {
		TestSandbox.get().faults().clear();
	}

	@Test
	void anEmptyProjectSaysWhatWebhooksAreForAndOffersToAddOne() throws Exception {
		mvc.perform(get(base).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No webhooks yet")))
			.andExpect(content().string(containsString("href=\"" + base + "/new\"")));
		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("No webhooks yet")))
			.andExpect(content().string(not(containsString("Add a webhook"))));
	}

	@Test
	void theFormGroupsEveryTriggerByFamilyWithCountsAndCarriesAOneTimeToken() throws Exception {
		mvc.perform(get(base + "/new").with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(allOf(containsString("Common: 1 event"), containsString("Bundles: 1 event"),
					containsString("WhatsApp sender: 11 events"), containsString("WhatsApp template: 8 events"),
					containsString("WhatsApp account: 6 events"), containsString("RCS: 5 events"),
					containsString("KakaoTalk: 7 events"), containsString("name=\"formToken\""))));
		assertThat(WebhookTriggers.KNOWN).hasSize(39).doesNotHaveDuplicates();
	}

	@Test
	void aGeneratedSecretIsShownOnceAndIsTheOneSinchSignsWith() throws Exception {
		String target = "https://127.0.0.1:9/hooks/" + UUID.randomUUID();

		String page = create(target, "GENERATE", "WHATSAPP_SENDER_ACTIVE", "BUNDLE_DONE")
			.andExpect(status().isOk())
			.andExpect(view().name("webhooks/secret"))
			.andExpect(content().string(containsString("Webhook created. Sinch will call " + target + " for 2 events.")))
			.andReturn().getResponse().getContentAsString();
		String secret = shownSecret(page);
		assertThat(secret).hasSizeGreaterThanOrEqualTo(43);

		JsonNode webhook = webhookAtSinch(target);
		assertThat(webhook.path("triggers").toString()).isEqualTo("[\"BUNDLE_DONE\",\"WHATSAPP_SENDER_ACTIVE\"]");
		CallbackDelivery delivery = senderGoesLiveAndSinchCalls(webhook.path("id").asString());
		CallbackDelivery.Attempt attempt = delivery.attempts().get(0);
		assertThat(attempt.signature()).isEqualTo(sign(secret, delivery.body() + "." + attempt.nonce() + "." + attempt.timestamp()));

		mvc.perform(get(base + "/" + webhook.path("id").asString()).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(not(containsString(secret))))
			.andExpect(content().string(containsString("by <span>onboarder</span>")));
		assertThat(audit()).containsExactly("WEBHOOK_CREATE ATTEMPT", "WEBHOOK_CREATE SUCCEEDED");
		assertThat(auditText()).doesNotContain(secret).contains("secret set (generated by the portal)");
	}

	@Test
	void aPastedSecretIsSentToSinchAndNeverShownNorAudited() throws Exception {
		String target = "https://hooks.example.com/pasted/" + UUID.randomUUID();
		String secret = "pasted-" + UUID.randomUUID();

		create(target, "PASTE", secret, "ALL")
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashSuccess", "Webhook created. Sinch will call " + target + " for every event."))
			.andExpect(flash().attribute("flashAuditId", notNullValue()));

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString(target)))
			.andExpect(content().string(containsString("Every event (ALL)")))
			.andExpect(content().string(not(containsString(secret))));
		assertThat(auditText()).doesNotContain(secret).contains("secret set (pasted)");
	}

	@Test
	void badAddressesAreRefusedNextToTheFieldWithTheValuesKept() throws Exception {
		expectTargetError("not a url", "Enter a whole address");
		expectTargetError("hooks.example.com/sinch", "Enter a whole address starting with https://");
		expectTargetError("http://hooks.example.com/sinch", "Use an https:// address");
		expectTargetError("http://localhost:9000/sinch", "Sinch refuses a host name without its domain");
		expectTargetError("https://user:pw@hooks.example.com/sinch", "Leave the user name and password out");
		expectTargetError("https://hooks.example.com/" + "a".repeat(743 - "https://hooks.example.com/".length()),
				"Use at most 742 characters");
		expectTargetError("", "Enter the address Sinch should call");

		assertThat(webhooksAtSinch()).isEmpty();
		assertThat(audit()).isEmpty();
	}

	@Test
	void anAddressOfExactly742CharactersIsAccepted() throws Exception {
		String target = "https://hooks.example.com/" + "a".repeat(742 - "https://hooks.example.com/".length());

		create(target, "GENERATE", "ALL").andExpect(view().name("webhooks/secret"));

		assertThat(webhookAtSinch(target).path("target").asString()).hasSize(742);
	}

	@Test
	void aWebhookWithoutEventsOrWithUnknownOnesIsNotSent() throws Exception {
		create("https://hooks.example.com/none", "GENERATE")
			.andExpect(content().string(containsString("Choose at least one event.")))
			.andExpect(content().string(containsString("value=\"https://hooks.example.com/none\"")));
		create("https://hooks.example.com/unknown", "GENERATE", "MESSAGE_DELIVERY")
			.andExpect(content().string(containsString("Choose events from the list only.")));

		assertThat(webhooksAtSinch()).isEmpty();
	}

	@Test
	void aPastedSecretMustBeLongEnoughAndIsNeverEchoed() throws Exception {
		create("https://hooks.example.com/short", "PASTE", "short", "ALL")
			.andExpect(content().string(containsString("Paste a secret of 16 to 128 characters")))
			.andExpect(content().string(not(containsString("value=\"short\""))));

		assertThat(webhooksAtSinch()).isEmpty();
	}

	@Test
	void allTogetherWithOtherEventsIsWarnedAgainstAndSentOnlyOnceConfirmed() throws Exception {
		String target = "https://hooks.example.com/all-and-more";

		create(target, "GENERATE", "ALL", "BUNDLE_DONE")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"all-warning\"")))
			.andExpect(content().string(containsString("Send ALL together with the other events anyway")));
		assertThat(webhooksAtSinch()).isEmpty();

		mvc.perform(change(post(base)).param("target", target)
			.param("triggers", "ALL", "BUNDLE_DONE")
			.param("secretChoice", "GENERATE")
			.param("allWithOthers", "true")
			.param("formToken", forms.issue(project.id(), "onboarder"))).andExpect(view().name("webhooks/secret"));
		assertThat(webhookAtSinch(target).path("triggers")).hasSize(2);
	}

	@Test
	void theSameTargetTwiceIsSinchs409NextToTheAddress() throws Exception {
		String target = "https://hooks.example.com/taken";
		sinchWebhook(target);

		create(target, "GENERATE", "ALL")
			.andExpect(status().isOk())
			.andExpect(view().name("webhooks/new"))
			.andExpect(content().string(containsString("id=\"target-error\"")))
			.andExpect(content().string(containsString("Sinch already has a webhook for this address")))
			.andExpect(content().string(containsString("Webhook with this target already exists.")))
			.andExpect(content().string(containsString("Use another target or update the existing webhook.")));

		assertThat(audit()).containsExactly("WEBHOOK_CREATE ATTEMPT", "WEBHOOK_CREATE FAILED");
	}

	@Test
	void theSixteenthWebhookIsSinchs424NextToTheAddress() throws Exception {
		for (int webhook = 0; webhook < WebhookController.LIMIT; webhook++) {
			sinchWebhook("https://hooks.example.com/full/" + webhook);
		}

		create("https://hooks.example.com/one-too-many", "GENERATE", "ALL")
			.andExpect(content().string(containsString("This project already has 15 webhooks, Sinch&#39;s limit.")))
			.andExpect(content().string(containsString("(webhook_limit_reached)")))
			.andExpect(content().string(containsString("value=\"https://hooks.example.com/one-too-many\"")));

		assertThat(webhooksAtSinch()).hasSize(WebhookController.LIMIT);
	}

	@Test
	void whenSinchCannotBeReachedThePageSaysSoAndKeepsTheValues() throws Exception {
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/webhooks").forMethod("POST"));

		create("https://hooks.example.com/unreachable", "GENERATE", "BUNDLE_DONE")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch could not be reached in time, so the portal cannot tell yet whether the change was made.")))
			.andExpect(content().string(containsString("value=\"https://hooks.example.com/unreachable\"")))
			.andExpect(content().string(containsString("id=\"trigger-BUNDLE_DONE\" checked=\"checked\"")));

		assertThat(audit()).containsExactly("WEBHOOK_CREATE ATTEMPT", "WEBHOOK_CREATE UNKNOWN");
	}

	@Test
	void whenSinchCannotBeReachedTheListSaysSoInsteadOfClaimingThereAreNoWebhooks() throws Exception {
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/webhooks").forMethod("GET"));

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch could not be reached just now")))
			.andExpect(content().string(not(containsString("No webhooks yet"))));
	}

	@Test
	void aFormSentTwiceMakesOneWebhook() throws Exception {
		String token = forms.issue(project.id(), "onboarder");
		String target = "https://hooks.example.com/twice";

		mvc.perform(change(post(base)).param("target", target).param("triggers", "ALL").param("secretChoice", "GENERATE")
			.param("formToken", token)).andExpect(view().name("webhooks/secret"));
		mvc.perform(change(post(base)).param("target", target).param("triggers", "ALL").param("secretChoice", "GENERATE")
			.param("formToken", token))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashError",
					"This form was sent already, so no second webhook was made: the first one is in the list below."));

		assertThat(webhooksAtSinch()).hasSize(1);
		assertThat(audit()).containsExactly("WEBHOOK_CREATE ATTEMPT", "WEBHOOK_CREATE SUCCEEDED");
	}

	@Test
	void aFormWithoutAValidTokenIsShownAgainInsteadOfSent() throws Exception {
		mvc.perform(change(post(base)).param("target", "https://hooks.example.com/no-token").param("triggers", "ALL")
			.param("secretChoice", "GENERATE")).andExpect(content().string(containsString("The form was out of date")));

		assertThat(webhooksAtSinch()).isEmpty();
	}

	@Test
	void changingTheEventsSendsOnlyThemAndAuditsBeforeAndAfter() throws Exception {
		String target = "https://hooks.example.com/edit";
		String id = sinchWebhook(target);

		mvc.perform(change(post(base + "/" + id)).param("target", target)
			.param("triggers", "WHATSAPP_TEMPLATE_APPROVED", "WHATSAPP_TEMPLATE_REJECTED", "WHATSAPP_TEMPLATE_DELETED")
			.param("secretChoice", "KEEP"))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashSuccess", "Webhook saved. Sinch will call " + target + " for 3 events."));

		assertThat(TestSandbox.get().requests()).filteredOn(request -> "PATCH".equals(request.method())
				&& request.path().endsWith("/webhooks/" + id))
			.singleElement()
			.satisfies(request -> assertThat(request.body()).doesNotContain("target").doesNotContain("secret"));
		assertThat(sinch.get(project, "/webhooks/" + id).json().path("triggers")).hasSize(3);
		assertThat(audit()).containsExactly("WEBHOOK_UPDATE ATTEMPT", "WEBHOOK_UPDATE SUCCEEDED");
		assertThat(updated(id, "before")).contains("\"ALL\"");
		assertThat(updated(id, "after")).contains("WHATSAPP_TEMPLATE_APPROVED").doesNotContain("signing");
	}

	@Test
	void rotatingTheSecretShowsTheNewOneOnceAndAuditsOnlyThatItWasRotated() throws Exception {
		String target = "https://hooks.example.com/rotate";
		String id = sinchWebhook(target);

		String page = mvc.perform(change(post(base + "/" + id)).param("target", target).param("triggers", "ALL")
			.param("secretChoice", "GENERATE"))
			.andExpect(view().name("webhooks/secret"))
			.andExpect(content().string(containsString("Webhook saved, with a new secret.")))
			.andReturn().getResponse().getContentAsString();
		String secret = shownSecret(page);

		assertThat(TestSandbox.get().requests()).filteredOn(request -> "PATCH".equals(request.method())
				&& request.path().endsWith("/webhooks/" + id))
			.singleElement()
			.satisfies(request -> assertThat(request.body()).contains("secret").doesNotContain("target").doesNotContain("triggers"));
		assertThat(auditText()).doesNotContain(secret).contains("secret rotated (generated by the portal)");
	}

	@Test
	void savingWithoutChangesSendsNothing() throws Exception {
		String target = "https://hooks.example.com/same";
		String id = sinchWebhook(target);

		mvc.perform(change(post(base + "/" + id)).param("target", target).param("triggers", "ALL").param("secretChoice", "KEEP"))
			.andExpect(flash().attribute("flashSuccess", "Nothing was changed, so nothing was sent to Sinch."));

		assertThat(TestSandbox.get().requests()).noneMatch(request -> "PATCH".equals(request.method())
				&& request.path().endsWith("/webhooks/" + id));
		assertThat(audit()).isEmpty();
	}

	@Test
	void movingAWebhookToAnotherWebhooksAddressIsSinchs409NextToTheAddress() throws Exception {
		sinchWebhook("https://hooks.example.com/first");
		String second = sinchWebhook("https://hooks.example.com/second");

		mvc.perform(change(post(base + "/" + second)).param("target", "https://hooks.example.com/first")
			.param("triggers", "ALL").param("secretChoice", "KEEP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch already has a webhook for this address")))
			.andExpect(content().string(containsString("value=\"https://hooks.example.com/first\"")));

		assertThat(audit()).containsExactly("WEBHOOK_UPDATE ATTEMPT", "WEBHOOK_UPDATE FAILED");
	}

	@Test
	void whenSinchDoesNotAnswerAChangeThePageSaysTheOutcomeIsBeingLookedUp() throws Exception {
		String id = sinchWebhook("https://hooks.example.com/patch-unreachable");
		TestSandbox.get().faults().add(FaultRule.connectionReset("/v1/projects/" + project.id() + "/webhooks/*").forMethod("PATCH"));

		mvc.perform(change(post(base + "/" + id)).param("target", "https://hooks.example.com/patch-unreachable")
			.param("triggers", "BUNDLE_DONE").param("secretChoice", "KEEP"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinch could not be reached in time, so the portal cannot tell yet whether the change was made.")))
			.andExpect(content().string(containsString("id=\"trigger-BUNDLE_DONE\" checked=\"checked\"")));

		assertThat(sinch.get(project, "/webhooks/" + id).json().path("triggers").toString()).isEqualTo("[\"ALL\"]");
		assertThat(audit()).containsExactly("WEBHOOK_UPDATE ATTEMPT", "WEBHOOK_UPDATE UNKNOWN");
	}

	@Test
	void anEditIsCheckedLikeANewWebhook() throws Exception {
		String id = sinchWebhook("https://hooks.example.com/checked");

		mvc.perform(change(post(base + "/" + id)).param("target", "http://hooks.example.com/checked")
			.param("secretChoice", "KEEP"))
			.andExpect(content().string(containsString("Use an https:// address")))
			.andExpect(content().string(containsString("Choose at least one event.")));

		assertThat(audit()).isEmpty();
	}

	@Test
	void deletingNeedsTheAddressTypedAndThenGoesToSinch() throws Exception {
		String target = "https://hooks.example.com/delete";
		String id = sinchWebhook(target);

		mvc.perform(change(post(base + "/" + id + "/delete")).param("confirmation", "https://hooks.example.com/other"))
			.andExpect(redirectedUrl(base + "/" + id))
			.andExpect(flash().attribute("flashError", containsString("Nothing was deleted: type the address exactly")));
		assertThat(webhooksAtSinch()).hasSize(1);
		assertThat(audit()).isEmpty();

		mvc.perform(change(post(base + "/" + id + "/delete")).param("confirmation", target))
			.andExpect(redirectedUrl(base))
			.andExpect(flash().attribute("flashSuccess", "Webhook deleted. Sinch no longer calls " + target + "."));
		assertThat(webhooksAtSinch()).isEmpty();
		assertThat(audit()).containsExactly("WEBHOOK_DELETE ATTEMPT", "WEBHOOK_DELETE SUCCEEDED");
	}

	@Test
	void anUnknownWebhookOrProjectIsNotFound() throws Exception {
		String unknown = "0123456789abcdef0123456789abcdef";

		mvc.perform(get(base + "/" + unknown).with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
		mvc.perform(get(base + "/not-a-webhook-id").with(user("viewer").roles("VIEWER"))).andExpect(status().isNotFound());
		mvc.perform(change(post(base + "/" + unknown)).param("target", "https://hooks.example.com/x").param("triggers", "ALL"))
			.andExpect(status().isNotFound());
		mvc.perform(change(post(base + "/" + unknown + "/delete")).param("confirmation", "x")).andExpect(status().isNotFound());
		mvc.perform(get("/projects/" + UUID.randomUUID() + "/webhooks").with(user("viewer").roles("VIEWER")))
			.andExpect(status().isNotFound());
		assertThat(audit()).isEmpty();
	}

	@Test
	void thePortalsOwnCallbackIsMarkedAndChangedOnlyThroughStatusUpdates() throws Exception {
		String callback = "http://localhost:8080/callbacks/sinch/" + project.id();
		String id = sinchWebhook(callback);

		mvc.perform(get(base).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("Portal status updates")));
		mvc.perform(get(base + "/" + id).with(user("onboarder").roles("ONBOARDER")))
			.andExpect(content().string(containsString("id=\"portal-callback\"")))
			.andExpect(content().string(not(containsString("id=\"webhook-form\""))))
			.andExpect(content().string(not(containsString("Delete webhook"))));
		mvc.perform(change(post(base + "/" + id)).param("target", callback).param("triggers", "BUNDLE_DONE"))
			.andExpect(flash().attribute("flashError", containsString("portal's own callback webhook")));
		mvc.perform(change(post(base + "/" + id + "/delete")).param("confirmation", callback))
			.andExpect(flash().attribute("flashError", containsString("portal's own callback webhook")));
		create(callback, "GENERATE", "ALL").andExpect(content().string(containsString("the portal&#39;s own callback address")));

		assertThat(sinch.get(project, "/webhooks/" + id).json().path("triggers").toString()).isEqualTo("[\"ALL\"]");
		assertThat(audit()).isEmpty();
	}

	@Test
	void theMessageLinksToTheAuditEntryOnlyForRolesThatReadTheAuditLog() throws Exception {
		String page = mvc.perform(post(base).with(user("admin").roles("ADMIN")).with(csrf())
			.param("target", "https://hooks.example.com/by-admin").param("triggers", "ALL").param("secretChoice", "GENERATE")
			.param("formToken", forms.issue(project.id(), "admin"))).andReturn().getResponse().getContentAsString();
		long succeeded = jdbc.sql("""
				select id from audit_event where project_id = ? and action = 'WEBHOOK_CREATE' and phase = 'SUCCEEDED'""")
			.param(project.id()).query(Long.class).single();
		assertThat(page).contains("href=\"/audit/" + succeeded + "\"");

		create("https://hooks.example.com/by-onboarder", "GENERATE", "ALL")
			.andExpect(content().string(containsString("Webhook created.")))
			.andExpect(content().string(not(containsString("href=\"/audit/"))));
	}

	@Test
	void viewersReadButDoNotChange() throws Exception {
		String id = sinchWebhook("https://hooks.example.com/read-only");

		mvc.perform(get(base).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("https://hooks.example.com/read-only")))
			.andExpect(content().string(not(containsString("id=\"add-webhook\""))));
		mvc.perform(get(base + "/" + id).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(not(containsString("id=\"webhook-form\""))));
		mvc.perform(post(base).param("target", "https://hooks.example.com/v").with(user("viewer").roles("VIEWER")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private ResultActions create(String target, String secretChoice, String... triggersOrSecret) throws Exception {
		MockHttpServletRequestBuilder request = change(post(base)).param("target", target)
			.param("secretChoice", secretChoice)
			.param("formToken", forms.issue(project.id(), "onboarder"));
		List<String> values = List.of(triggersOrSecret);
		if ("PASTE".equals(secretChoice)) {
			request.param("secret", values.get(0));
			values = values.subList(1, values.size());
		}
		if (!values.isEmpty()) {
			request.param("triggers", values.toArray(String[]::new));
		}
		return mvc.perform(request);
	}

	private void expectTargetError(String target, String message) throws Exception {
		create(target, "GENERATE", "ALL").andExpect(status().isOk())
			.andExpect(view().name("webhooks/new"))
			.andExpect(content().string(containsString("id=\"target-error\"")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("href=\"#target\"")));
	}

	private MockHttpServletRequestBuilder change(MockHttpServletRequestBuilder request) {
		return request.with(user("onboarder").roles("ONBOARDER")).with(csrf());
	}

	private String sinchWebhook(String target) {
		return sinch.post(project, "/webhooks", """
				{"target": "%s", "secret": "made-at-sinch-%s", "triggers": ["ALL"]}
				""".formatted(target, UUID.randomUUID())).json().path("id").asString();
	}

	private List<JsonNode> webhooksAtSinch() {
		List<JsonNode> webhooks = new java.util.ArrayList<>();
		sinch.get(project, "/webhooks").json().path("webhooks").forEach(webhooks::add);
		return webhooks;
	}

	private JsonNode webhookAtSinch(String target) {
		return webhooksAtSinch().stream().filter(webhook -> target.equals(webhook.path("target").asString())).findFirst()
			.orElseThrow();
	}

	/** An Embedded Signup sender goes live, so Sinch calls the webhook for WHATSAPP_SENDER_ACTIVE (and fails to reach it). */
	private CallbackDelivery senderGoesLiveAndSinchCalls(String webhookId) {
		String wabaId = TestSandbox.get().resources(project.id()).path("account").path("wabaId").asString();
		sinch.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%d", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, 30_000_000_000L + System.nanoTime() % 1_000_000_000L));
		TestSandbox.get().advance(Duration.ofMinutes(1));
		return TestSandbox.get().deliveries().stream()
			.filter(delivery -> webhookId.equals(delivery.webhookId()) && !delivery.attempts().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	private static String shownSecret(String page) {
		Matcher matcher = SHOWN_SECRET.matcher(page);
		assertThat(matcher.find()).as("the page shows the secret").isTrue();
		return matcher.group(1);
	}

	private static String sign(String secret, String data) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
	}

	private List<String> audit() {
		return jdbc.sql("select action || ' ' || phase from audit_event where project_id = ? and action like 'WEBHOOK_%' order by id")
			.param(project.id()).query(String.class).list();
	}

	/** The before or after of the webhook's successful update, as JSON text. */
	private String updated(String webhookId, String column) {
		return jdbc.sql("select " + column + "::text from audit_event where action = 'WEBHOOK_UPDATE' and phase = 'SUCCEEDED' "
				+ "and resource_id = ?").param(webhookId).query(String.class).single();
	}

	/** Every column of the project's webhook audit rows as one text. */
	private String auditText() {
		return String.join(" ", jdbc.sql("select e::text from audit_event e where project_id = ? and action like 'WEBHOOK_%'")
			.param(project.id()).query(String.class).list());
	}

}
