package com.provisioningportal.portal;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalHttpClient;
import com.provisioningportal.testsupport.PortalServerTest;
import com.provisioningportal.testsupport.RoundRobinProxy;
import com.provisioningportal.testsupport.SecondInstance;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two portal instances on one database behind a round-robin proxy without stickiness, as in production: a user
 * signed in through one is signed in on the other, and a form sent twice, once to each, makes one thing at Sinch.
 */
@PortalServerTest
class TwoReplicasTests {

	static ConfigurableApplicationContext secondReplica;

	@LocalServerPort
	int firstPort;

	@Autowired
	ApplicationContext firstReplica;

	@BeforeAll
	static void startSecondReplica() {
		secondReplica = SecondInstance.start();
	}

	@AfterAll
	static void stopSecondReplica() {
		if (secondReplica != null) {
			secondReplica.close();
		}
	}

	@Test
	void aUserSignedInThroughOneReplicaIsSignedInOnTheOther() throws Exception {
		try (RoundRobinProxy proxy = new RoundRobinProxy(List.of(firstPort, secondPort()))) {
			PortalHttpClient browser = new PortalHttpClient(proxy.port());
			assertThat(browser.signIn("viewer", "viewer").headers().firstValue("Location"))
				.hasValue("http://localhost:" + proxy.port() + "/");

			for (int request = 0; request < 4; request++) {
				HttpResponse<String> page = browser.get("/projects");
				assertThat(page.statusCode()).as("request %d", request).isEqualTo(200);
				assertThat(page.body()).contains("Sign out");
			}
			assertThat(proxy.served(0)).isPositive();
			assertThat(proxy.served(1)).isPositive();
		}
	}

	@Test
	void aFormSentOnceToEachReplicaMakesOneWebhookAtSinch() throws Exception {
		SandboxProject project = ProjectFixtures.registerWithCallback(firstReplica, "Replicas " + UUID.randomUUID(),
				"two-replicas-callback-secret");
		SandboxClient sinch = new SandboxClient(TestSandbox.get());
		int before = webhooks(sinch, project);
		try (RoundRobinProxy proxy = new RoundRobinProxy(List.of(firstPort, secondPort()))) {
			PortalHttpClient browser = new PortalHttpClient(proxy.port());
			browser.signIn("admin", "admin");
			String form = browser.get("/projects/" + project.id() + "/webhooks/new").body();
			Map<String, String> fields = Map.of("target", "https://crm.example.com/replicas", "triggers", "ALL",
					"secretChoice", "GENERATE", "formToken", formToken(form));

			HttpResponse<String> first = browser.postForm("/projects/" + project.id() + "/webhooks", form, fields);
			HttpResponse<String> second = browser.postForm("/projects/" + project.id() + "/webhooks", form, fields);

			assertThat(first.statusCode()).isEqualTo(200);
			assertThat(first.body()).as("the generated secret is shown once, on this answer").contains("Webhook created");
			assertThat(second.statusCode()).isLessThan(500);
			assertThat(webhooks(sinch, project)).isEqualTo(before + 1);
		}
	}

	private static int secondPort() {
		return SecondInstance.port(secondReplica);
	}

	private static int webhooks(SandboxClient sinch, SandboxProject project) {
		return sinch.get(project, "/webhooks").json().path("webhooks").size();
	}

	private static String formToken(String page) {
		Matcher matcher = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("the form carries a one-time token").isTrue();
		return matcher.group(1);
	}

}
