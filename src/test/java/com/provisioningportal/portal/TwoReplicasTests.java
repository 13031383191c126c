package com.provisioningportal.portal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.FaultRule;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two portal instances on one database behind a round-robin proxy without stickiness, as in production: a user
 * signed in through one is signed in on the other, a form sent twice, once to each, makes one thing at Sinch, each
 * instance fetches one token per expiry however busy, and an instance stopped mid-request finishes what it started.
 */
@PortalServerTest
class TwoReplicasTests {

	/** How long the sandbox's tokens live in tests. */
	private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

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

	@Test
	void eachReplicaFetchesOneTokenPerExpiryHoweverManyPagesItServesAtOnce() throws Exception {
		SandboxProject project = ProjectFixtures.registerWithCallback(firstReplica, "Tokens " + UUID.randomUUID(),
				"two-replicas-token-secret");
		PortalHttpClient first = signedIn(firstPort);
		PortalHttpClient second = signedIn(secondPort());
		String webhooks = "/projects/" + project.id() + "/webhooks";
		long registered = TestSandbox.get().tokensIssuedFor(project.id());

		assertThat(atOnce(16, first, second, webhooks)).containsOnly(200);
		long warm = TestSandbox.get().tokensIssuedFor(project.id());
		assertThat(warm - registered).as("tokens fetched by two replicas, neither or one of them holding one").isBetween(1L, 2L);

		TestSandbox.get().advance(TOKEN_LIFETIME);
		first = signedIn(firstPort);
		second = signedIn(secondPort());

		assertThat(atOnce(16, first, second, webhooks)).containsOnly(200);
		assertThat(TestSandbox.get().tokensIssuedFor(project.id()) - warm).as("one new token for each replica").isEqualTo(2);
	}

	@Test
	void aReplicaStoppedWhileItWaitsOnSinchFinishesTheChangeAndItsAuditFirst() throws Exception {
		SandboxProject project = ProjectFixtures.registerWithCallback(firstReplica, "Stopped " + UUID.randomUUID(),
				"two-replicas-stop-secret");
		ConfigurableApplicationContext stopping = SecondInstance.start();
		PortalHttpClient browser = signedIn(SecondInstance.port(stopping));
		String form = browser.get("/projects/" + project.id() + "/webhooks/new").body();
		// Sinch answering slowly is what keeps the request in flight while the replica is told to stop.
		TestSandbox.get().faults().add(FaultRule.latency("/v1/projects/" + project.id() + "/webhooks", Duration.ofSeconds(2))
			.forMethod("POST").times(1));
		JdbcClient jdbc = firstReplica.getBean(JdbcClient.class);

		CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> {
			try {
				return browser.postForm("/projects/" + project.id() + "/webhooks", form, Map.of("target",
						"https://crm.example.com/stopped", "triggers", "ALL", "secretChoice", "GENERATE", "formToken", formToken(form)));
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		});
		await().atMost(Duration.ofSeconds(20)).until(() -> phases(jdbc, project).contains("ATTEMPT"));
		stopping.close();

		assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(phases(jdbc, project)).containsExactly("ATTEMPT", "SUCCEEDED");
		assertThat(new SandboxClient(TestSandbox.get()).get(project, "/webhooks").json().path("webhooks").findValuesAsString("target"))
			.contains("https://crm.example.com/stopped");
	}

	/** {@code count} requests for a page at once, half through each replica; their statuses. */
	private static List<Integer> atOnce(int count, PortalHttpClient first, PortalHttpClient second, String path)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int request = 0; request < count; request++) {
				PortalHttpClient client = (request % 2 == 0) ? first : second;
				statuses.add(threads.submit(() -> {
					start.await();
					return client.get(path).statusCode();
				}));
			}
			start.countDown();
			List<Integer> answered = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				answered.add(status.get(60, TimeUnit.SECONDS));
			}
			return answered;
		}
		finally {
			threads.shutdown();
		}
	}

	private static PortalHttpClient signedIn(int port) throws IOException, InterruptedException {
		PortalHttpClient client = new PortalHttpClient(port);
		assertThat(client.signIn("admin", "admin").headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");
		return client;
	}

	private static List<String> phases(JdbcClient jdbc, SandboxProject project) {
		return jdbc.sql("select phase from audit_event where action = 'WEBHOOK_CREATE' and project_id = ? order by id")
			.param(project.id())
			.query(String.class)
			.list();
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
