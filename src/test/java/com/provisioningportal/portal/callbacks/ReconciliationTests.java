package com.provisioningportal.portal.callbacks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.whatsapp.WhatsAppCallbacks;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Reconciliation finishes what a lost callback left waiting, and a change seen both by a callback and by
 * reconciliation is recorded and announced once.
 */
@PortalTest
@RecordApplicationEvents
class ReconciliationTests {

	private static final String SECRET = "reconciliation-secret";

	private static final AtomicLong PHONE = new AtomicLong(System.nanoTime() % 10_000_000L);

	private final SandboxClient sinch = new SandboxClient(TestSandbox.get());

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	StatusWatch statusWatch;

	@Autowired
	StatusWatchStore store;

	@Autowired
	CallbackReceiver receiver;

	@Autowired
	ApplicationEvents events;

	SandboxProject project;

	@BeforeEach
	void project() {
		project = ProjectFixtures.register(context, TestSandbox.get().addOnboardedProject("Reconcile " + UUID.randomUUID()),
				SECRET);
	}

	@AfterEach
	void deliverAgain() {
		TestSandbox.get().deliverCallbacks(project.id());
	}

	@Test
	void aSenderWhoseCallbackWasDroppedIsFinishedByReconciliationOnce() throws Exception {
		String sender = pendingVerificationSender();
		sinch.post(project, "/webhooks", """
				{"target": "https://portal.example/callbacks/sinch/%s", "secret": "%s", "triggers": ["ALL"]}
				""".formatted(project.id(), SECRET));
		TestSandbox.get().dropCallbacks(project.id());
		String base = "/projects/" + project.id() + "/whatsapp/senders/" + sender;
		mvc.perform(post(base + "/register").param("method", "SMS").with(user("onboarder").roles("ONBOARDER")).with(csrf()));
		mvc.perform(post(base + "/verify").param("code", "123456").with(user("onboarder").roles("ONBOARDER")).with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "Code accepted. Sinch is now setting up the number."));
		WatchedResource watched = WhatsAppCallbacks.sender(project.id(), sender);
		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("IN_PROGRESS");

		TestSandbox.get().advance(Duration.ofMinutes(1));
		assertThat(sinch.get(project, "/whatsapp/senders/" + sender).json().path("state").asString()).isEqualTo("ACTIVE");
		assertThat(TestSandbox.get().deliveries()).filteredOn(delivery -> delivery.projectId().equals(project.id()))
			.filteredOn(delivery -> "WHATSAPP_SENDER_ACTIVE".equals(delivery.type()))
			.isNotEmpty()
			.allSatisfy(delivery -> assertThat(delivery.status()).isEqualTo("DROPPED"));
		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("IN_PROGRESS");

		reconciliation.reconcile();

		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("ACTIVE");
		assertThat(settled(watched)).isTrue();
		assertThat(reconciledRows(sender)).containsExactly("system IN_PROGRESS -> ACTIVE");
		assertThat(changesOf(watched)).singleElement().satisfies(change -> {
			assertThat(change.source()).isEqualTo(StatusChanged.Source.RECONCILIATION);
			assertThat(change.previousState()).isEqualTo("IN_PROGRESS");
			assertThat(change.state()).isEqualTo("ACTIVE");
			assertThat(change.settled()).isTrue();
		});

		reconciliation.reconcile();

		assertThat(reconciledRows(sender)).hasSize(1);
		assertThat(changesOf(watched)).hasSize(1);
	}

	@Test
	void aChangeTheCallbackRecordedFirstIsNotRecordedAgainByReconciliation() throws Exception {
		String sender = settingUpSender();
		WatchedResource watched = WhatsAppCallbacks.sender(project.id(), sender);
		statusWatch.watch(watched, "IN_PROGRESS");
		TestSandbox.get().advance(Duration.ofMinutes(1));

		assertThat(deliver(activeCallback(sender), UUID.randomUUID().toString())).isEqualTo(CallbackReceiver.Verdict.ACCEPTED);
		reconciliation.reconcile();

		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("ACTIVE");
		assertThat(changesOf(watched)).singleElement()
			.satisfies(change -> assertThat(change.source()).isEqualTo(StatusChanged.Source.CALLBACK));
		assertThat(reconciledRows(sender)).isEmpty();
	}

	@Test
	void aChangeReconciliationRecordedFirstIsNotAnnouncedAgainByTheLateCallback() throws Exception {
		String sender = settingUpSender();
		WatchedResource watched = WhatsAppCallbacks.sender(project.id(), sender);
		statusWatch.watch(watched, "IN_PROGRESS");
		TestSandbox.get().advance(Duration.ofMinutes(1));

		reconciliation.reconcile();
		assertThat(deliver(activeCallback(sender), UUID.randomUUID().toString())).isEqualTo(CallbackReceiver.Verdict.ACCEPTED);

		assertThat(changesOf(watched)).singleElement()
			.satisfies(change -> assertThat(change.source()).isEqualTo(StatusChanged.Source.RECONCILIATION));
		assertThat(reconciledRows(sender)).hasSize(1);
	}

	@Test
	void aCallbackAndReconciliationSeeingTheChangeAtOnceRecordItOnce() throws Exception {
		WatchedResource watched = WhatsAppCallbacks.sender(project.id(), UUID.randomUUID().toString());
		statusWatch.watch(watched, "IN_PROGRESS");
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<Optional<WatchedStatus>>> observers = new ArrayList<>();
		for (int observer = 0; observer < 8; observer++) {
			StatusChanged.Source source = (observer % 2 == 0) ? StatusChanged.Source.CALLBACK : StatusChanged.Source.RECONCILIATION;
			observers.add(() -> {
				start.await();
				return store.observe(watched, WatchedStatus.of("ACTIVE"), source, null);
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(observers.size());
		List<Future<Optional<WatchedStatus>>> outcomes = observers.stream().map(pool::submit).toList();
		start.countDown();
		List<Optional<WatchedStatus>> recorded = new ArrayList<>();
		for (Future<Optional<WatchedStatus>> outcome : outcomes) {
			recorded.add(outcome.get());
		}
		pool.shutdown();

		assertThat(recorded).filteredOn(Optional::isPresent).containsExactly(Optional.of(WatchedStatus.of("IN_PROGRESS")));
		assertThat(statusWatch.lastKnown(watched).map(WatchedStatus::state)).contains("ACTIVE");
	}

	@Test
	void aResourceSinchNoLongerHasEndsAsGoneAndAnUnreadableOneDoesNotHoldUpTheOthers() {
		WatchedResource gone = WhatsAppCallbacks.sender(project.id(), UUID.randomUUID().toString());
		WatchedResource unknownProject = WhatsAppCallbacks.sender(UUID.randomUUID().toString(), UUID.randomUUID().toString());
		statusWatch.watch(unknownProject, "IN_PROGRESS");
		statusWatch.watch(gone, "IN_PROGRESS");

		reconciliation.reconcile();

		assertThat(statusWatch.lastKnown(gone).map(WatchedStatus::state)).contains(StatusChanged.GONE);
		assertThat(settled(gone)).isTrue();
		assertThat(statusWatch.lastKnown(unknownProject).map(WatchedStatus::state)).contains("IN_PROGRESS");
		assertThat(jdbc.sql("select checked_at is not null from watched_status where resource_id = ?")
			.param(unknownProject.resourceId()).query(Boolean.class).single()).isTrue();
	}

	private CallbackReceiver.Verdict deliver(byte[] body, String nonce) {
		String timestamp = String.valueOf(TestInfrastructure.CLOCK.instant().getEpochSecond());
		String signature = Base64.getEncoder().encodeToString(CallbackSignature.compute(SECRET, body, nonce, timestamp));
		return receiver.receive(project.id(), new CallbackReceiver.SignatureHeaders(signature, "HmacSHA256", nonce, timestamp),
				body);
	}

	private static byte[] activeCallback(String senderId) {
		return ("{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"id\":\"" + senderId + "\",\"state\":\"ACTIVE\"}}")
			.getBytes(StandardCharsets.UTF_8);
	}

	private List<StatusChanged> changesOf(WatchedResource resource) {
		return events.stream(StatusChanged.class).filter(change -> change.resource().equals(resource)).toList();
	}

	private List<String> reconciledRows(String resourceId) {
		return jdbc.sql("""
				select actor || ' ' || (before ->> 'state') || ' -> ' || (after ->> 'state') from audit_event
				 where action = 'SINCH_STATUS_RECONCILED' and resource_id = ? order by id""")
			.param(resourceId)
			.query(String.class)
			.list();
	}

	private boolean settled(WatchedResource resource) {
		return jdbc.sql("select settled from watched_status where kind = ? and resource_id = ?")
			.params(resource.kind(), resource.resourceId())
			.query(Boolean.class)
			.single();
	}

	private String settingUpSender() {
		String wabaId = TestSandbox.get().resources(project.id()).path("account").path("wabaId").asString();
		return sinch.post(project, "/whatsapp/senders", """
				{"wabaId": "%s", "phoneNumberId": "%d", "region": "EU", "metaLocalStorage": "DE"}
				""".formatted(wabaId, 30_000_000_000L + PHONE.incrementAndGet())).json().path("id").asString();
	}

	private String pendingVerificationSender() {
		String id = sinch.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "%d"}}
				""".formatted(700_000_000L + PHONE.incrementAndGet() % 100_000_000L)).json().path("id").asString();
		TestSandbox.get().advance(Duration.ofMinutes(1));
		return id;
	}

}
