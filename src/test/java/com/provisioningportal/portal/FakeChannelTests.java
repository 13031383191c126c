package com.provisioningportal.portal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.provisioningportal.fakechannel.FakeChannel;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.web.StatusBadges;
import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A channel plugs in without touching the portal's neutral modules: the fake channel, registered here only, shows
 * its tab, its state's tone, its setup line and its dashboard count, and its callbacks are read as its own kind.
 */
@PortalTest
@Import(FakeChannel.class)
class FakeChannelTests {

	private static final String SECRET = "fake-channel-callback-secret";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatusBadges badges;

	String projectId;

	@BeforeEach
	void registerProject() {
		projectId = ProjectFixtures.registerWithCallback(context, "Fake channel " + UUID.randomUUID(), SECRET).id();
	}

	@Test
	void itsTabSitsInItsOrderOnTheProjectsPages() throws Exception {
		String page = page("/projects/" + projectId + "/webhooks");

		String tab = "<a class=\"nav-link\" href=\"/projects/" + projectId + "/fake/numbers\">Fake numbers</a>";
		assertThat(page).contains(tab);
		assertThat(page.indexOf(tab)).isBetween(page.indexOf(">SMS apps</a>"), page.indexOf(">Webhooks</a>"));
	}

	@Test
	void itsStateHasItsToneAndItsSetupLineShowsOnTheProjectPage() throws Exception {
		assertThat(badges.tone(FakeChannel.WARMING_UP)).isEqualTo(StatusTone.UNDER_WAY);

		String page = page("/projects/" + projectId);

		assertThat(page).contains("Fake numbers", "The fake numbers are warming up.");
		int badge = page.indexOf("data-state=\"" + FakeChannel.WARMING_UP + "\"");
		assertThat(badge).isPositive();
		assertThat(page.substring(page.lastIndexOf("<span", badge), badge)).contains(StatusTone.UNDER_WAY.cssClass());
		assertThat(page.substring(badge)).contains("Fake warming up");
	}

	@Test
	void itsCountShowsOnTheProjectsDashboardCardUnlessItIsNothing() throws Exception {
		String page = mvc.perform(get("/").with(user("admin").roles("ADMIN"))).andReturn().getResponse().getContentAsString();

		int card = page.indexOf("data-project-id=\"" + projectId + "\"");
		assertThat(card).isPositive();
		assertThat(page.substring(card, page.indexOf("</div>", card))).contains("3 fake numbers")
			.as("a count of nothing is not shown")
			.doesNotContain("fake numbers retired");
	}

	@Test
	void aCallbackAboutItsResourceIsRecordedAsItsKind() throws Exception {
		String body = "{\"type\":\"FAKE_NUMBER_READY\",\"payload\":{\"number\":\"+46700000001\",\"state\":\"READY\"}}";
		String nonce = UUID.randomUUID().toString();
		String timestamp = String.valueOf(TestInfrastructure.CLOCK.instant().getEpochSecond());

		mvc.perform(post("/callbacks/sinch/" + projectId).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("x-sinch-webhook-signature", sign(body, nonce, timestamp))
			.header("x-sinch-webhook-signature-algorithm", "HmacSHA256")
			.header("x-sinch-webhook-signature-nonce", nonce)
			.header("x-sinch-webhook-signature-timestamp", timestamp)).andExpect(status().isOk());

		assertThat(jdbc.sql("select resource_type || ' ' || resource_id from callback_receipt where project_id = ?::uuid")
			.param(projectId)
			.query(String.class)
			.list()).containsExactly(FakeChannel.KIND + " +46700000001");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(user("viewer").roles("VIEWER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** Sinch's signature: HMAC-SHA256 over the body, a dot, the nonce, a dot and the timestamp. */
	private static String sign(String body, String nonce, String timestamp) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal((body + "." + nonce + "." + timestamp).getBytes(StandardCharsets.UTF_8)));
	}

}
