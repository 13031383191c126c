package com.provisioningportal.portal.whatsapp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.CallbackDelivery;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What Meta changes on its own later (a sender's quality, the account's limit and ban, a template's quality and
 * category, a category announced for later) reaches the portal as Sinch's callback, is audited, and shows on a page
 * that is already open: the page asks every few seconds whether Sinch said anything new, and only then asks Sinch.
 */
@PortalTest
class MetaSideChangesTests {

	private static final String SECRET = "meta-side-secret";

	private static final Pattern SINCE = Pattern.compile("since=(\\d+)");

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
	void projectHearingFromSinch() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Meta side " + UUID.randomUUID()),
				SECRET);
		// Sinch queues callbacks for this webhook; the test hands each to the portal as Sinch would send it.
		sinch.post(project, "/webhooks", """
				{"target": "https://203.0.113.1/callbacks", "secret": "%s", "triggers": ["ALL"]}""".formatted(SECRET));
		base = "/projects/" + project.id() + "/whatsapp";
	}

	@Test
	void aQualityDropShowsOnAnOpenSendersPageAndIsAudited() throws Exception {
		String senderId = activeSender();
		String since = since(base + "/senders/" + senderId);
		mvc.perform(get(base + "/senders/" + senderId + "/status").param("since", since).with(viewer()))
			.andExpect(status().isNoContent());

		TestSandbox.get().advance(Duration.ofSeconds(1));
		TestSandbox.get().metaChangesSenderQuality(project.id(), senderId, "YELLOW");
		deliver("WHATSAPP_SENDER_QUALITY_RATING_CHANGED");

		mvc.perform(get(base + "/senders/" + senderId + "/status").param("since", since).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sender-quality\">Yellow<")));
		assertThat(jdbc.sql("""
				select count(*) from audit_event where action = 'SINCH_CALLBACK' and project_id = ?
				   and request->>'type' = 'WHATSAPP_SENDER_QUALITY_RATING_CHANGED'""")
			.param(project.id()).query(Integer.class).single()).isOne();
	}

	@Test
	void aCategoryMetaAnnouncesForLaterIsShownUntilMetaAppliesIt() throws Exception {
		String name = approvedTemplate();
		String page = base + "/templates/" + name + "/EN";
		String since = since(page);

		TestSandbox.get().advance(Duration.ofSeconds(1));
		TestSandbox.get().metaAnnouncesTemplateCategory(project.id(), name, "EN", "MARKETING");
		deliver("WHATSAPP_TEMPLATE_CATEGORY_FUTURE_UPDATE");

		mvc.perform(get(page + "/status").param("since", since).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("will change this template's category to")))
			.andExpect(content().string(containsString("id=\"template-category\">Utility<")));
		mvc.perform(get(page).with(viewer())).andExpect(content().string(containsString("id=\"category-notice\"")));

		TestSandbox.get().metaChangesTemplateCategory(project.id(), name, "EN", "MARKETING");
		deliver("WHATSAPP_TEMPLATE_CATEGORY_UPDATED");

		mvc.perform(get(page).with(viewer()))
			.andExpect(content().string(containsString("id=\"template-category\">Marketing<")))
			.andExpect(content().string(not(containsString("id=\"category-notice\""))));
	}

	@Test
	void aTemplatesNewQualityScoreShowsOnItsOpenPage() throws Exception {
		String name = approvedTemplate();
		String page = base + "/templates/" + name + "/EN";
		String since = since(page);
		mvc.perform(get(page + "/status").param("since", since).with(viewer())).andExpect(status().isNoContent());

		TestSandbox.get().advance(Duration.ofSeconds(1));
		TestSandbox.get().metaChangesTemplateQuality(project.id(), name, "EN", "QUALITY_SCORE_RED");
		deliver("WHATSAPP_TEMPLATE_QUALITY_SCORE_UPDATED");

		mvc.perform(get(page + "/status").param("since", since).with(viewer()))
			.andExpect(content().string(containsString("id=\"template-quality\">Red<")));
	}

	@Test
	void theAccountsNewDailyLimitAndABanShowOnItsOpenPage() throws Exception {
		String since = since(base + "/account");

		TestSandbox.get().advance(Duration.ofSeconds(1));
		TestSandbox.get().metaChangesDailyLimit(project.id(), "TIER_10K");
		TestSandbox.get().metaChangesWabaBan(project.id(), "SCHEDULE_FOR_DISABLE");
		deliver("WHATSAPP_ACCOUNT_DAILY_LIMIT_CHANGED");
		deliver("WHATSAPP_WABA_ACCOUNT_CHANGED");

		mvc.perform(get(base + "/account/status").param("since", since).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"account-daily-limit\">Tier 10k<")))
			.andExpect(content().string(containsString("data-state=\"SCHEDULE_FOR_DISABLE\"")));
	}

	/** The {@code since} of the news poll on a page as it was just shown. */
	private String since(String page) throws Exception {
		String html = mvc.perform(get(page).with(viewer())).andReturn().getResponse().getContentAsString();
		Matcher matcher = SINCE.matcher(html);
		assertThat(matcher.find()).as("the page asks for news").isTrue();
		return matcher.group(1);
	}

	/** Posts the newest callback of this type Sinch queued for the project, signed as Sinch signs it. */
	private void deliver(String type) throws Exception {
		CallbackDelivery delivery = TestSandbox.get()
			.deliveries()
			.stream()
			.filter(candidate -> candidate.projectId().equals(project.id()) && candidate.type().equals(type))
			.reduce((first, second) -> second)
			.orElseThrow();
		String nonce = UUID.randomUUID().toString();
		String timestamp = String.valueOf(TestInfrastructure.CLOCK.instant().getEpochSecond());
		byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
		mvc.perform(post("/callbacks/sinch/" + project.id()).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("x-sinch-webhook-signature", sign(delivery.body(), nonce, timestamp))
			.header("x-sinch-webhook-signature-algorithm", "HmacSHA256")
			.header("x-sinch-webhook-signature-nonce", nonce)
			.header("x-sinch-webhook-signature-timestamp", timestamp)).andExpect(status().isOk());
	}

	/** Sinch's signature: Base64 of HMAC-SHA256 over {@code body.nonce.timestamp} under the webhook's secret. */
	private static String sign(String body, String nonce, String timestamp) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder()
			.encodeToString(mac.doFinal((body + "." + nonce + "." + timestamp).getBytes(StandardCharsets.UTF_8)));
	}

	private String activeSender() {
		String wabaId = TestSandbox.get().resources(project.id()).path("account").path("wabaId").asString();
		String id = sinch.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%d", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, 40_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L)))
			.json()
			.path("id")
			.asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		return id;
	}

	private String approvedTemplate() {
		String name = "meta_" + Long.toString(System.nanoTime(), 36);
		sinch.post(project, "/whatsapp/templates", """
				{"name": "%s", "language": "EN", "category": "UTILITY", "details": {"components": [
				 {"type": "BODY", "text": "Hello {{1}}", "examples": ["Ann"]}]}}""".formatted(name));
		TestSandbox.get().advance(Duration.ofMinutes(2));
		return name;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return user("viewer").roles("VIEWER");
	}

}
