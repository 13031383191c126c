package com.provisioningportal.portal.callbacks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.whatsapp.WhatsAppCallbacks;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
@RecordApplicationEvents
class CallbackReceiverTests {

	private static final String SECRET = "callback-secret-for-tests";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	String projectId;

	@BeforeEach
	void registerProject() {
		projectId = ProjectFixtures.registerWithCallback(context, "Callbacks " + UUID.randomUUID(), SECRET).id();
	}

	@Test
	void aCorrectlySignedCallbackIsAcceptedRecordedAndAnnounced() throws Exception {
		String body = senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE");

		send(body, SECRET, nonce(), now()).andExpect(status().isOk());

		assertThat(events.stream(SinchCallbackReceived.class)).singleElement().satisfies(event -> {
			assertThat(event.projectId()).isEqualTo(projectId);
			assertThat(event.type()).isEqualTo("WHATSAPP_SENDER_ACTIVE");
			assertThat(event.resourceType()).isEqualTo("whatsapp-sender");
			assertThat(event.resourceId()).isEqualTo("sender-1");
			assertThat(event.state()).isEqualTo("ACTIVE");
			assertThat(event.toString()).doesNotContain("bearer-token-value");
		});
		assertThat(receipts()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select actor || ' ' || phase || ' ' || resource_id || ' ' || coalesce(request::text, '') || coalesce(after::text, '')
				from audit_event where action = 'SINCH_CALLBACK' and project_id = ?""").param(projectId).query(String.class).list())
			.singleElement()
			.satisfies(row -> assertThat(row).startsWith("sinch SUCCEEDED sender-1").contains("ACTIVE").doesNotContain("bearer-token-value"));
	}

	@Test
	void aWrongSignatureIsRefusedAndChangesNothing() throws Exception {
		send(senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE"), "another-secret", nonce(), now())
			.andExpect(status().isUnauthorized());

		assertThat(events.stream(SinchCallbackReceived.class)).isEmpty();
		assertThat(receipts()).isZero();
	}

	@Test
	void aTamperedBodyIsRefused() throws Exception {
		String nonce = nonce();
		long timestamp = now();
		String signed = senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE");
		String signature = sign(signed, SECRET, nonce, timestamp);

		mvc.perform(post("/callbacks/sinch/" + projectId).contentType(MediaType.APPLICATION_JSON)
			.content(signed.replace("ACTIVE", "ERROR"))
			.header("x-sinch-webhook-signature", signature)
			.header("x-sinch-webhook-signature-algorithm", "HmacSHA256")
			.header("x-sinch-webhook-signature-nonce", nonce)
			.header("x-sinch-webhook-signature-timestamp", String.valueOf(timestamp))).andExpect(status().isUnauthorized());

		assertThat(receipts()).isZero();
	}

	@Test
	void aSignatureOlderThanTheRetryWindowOrAheadOfTheClockIsRefused() throws Exception {
		String body = senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE");

		send(body, SECRET, nonce(), now() - Duration.ofHours(24).plusMinutes(1).toSeconds()).andExpect(status().isUnauthorized());
		send(body, SECRET, nonce(), now() + Duration.ofMinutes(6).toSeconds()).andExpect(status().isUnauthorized());

		assertThat(receipts()).isZero();
	}

	@Test
	void aRetryHoursLaterWithItsFirstSignatureIsAcceptedOnceAndItsNonceStillKnown() throws Exception {
		String body = senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE");
		String nonce = nonce();
		long firstAttempt = now() - Duration.ofHours(23).toSeconds();

		send(body, SECRET, nonce, firstAttempt).andExpect(status().isOk());
		send(body, SECRET, nonce, firstAttempt).andExpect(status().isOk());

		assertThat(receipts()).isEqualTo(1);
		context.getBean(CallbackReceiver.class).forgetOldNonces();
		assertThat(jdbc.sql("select count(*) from callback_nonce where nonce = ?").param(nonce).query(Integer.class).single())
			.isOne();
	}

	@Test
	void aRepeatedEventAtALaterTimeIsANewEventButTheSameEventResentIsNot() throws Exception {
		String firstDrop = timedSenderEvent("WHATSAPP_SENDER_QUALITY_RATING_CHANGED", "sender-q", "ACTIVE", "2026-12-01T10:00:00Z");
		String secondDrop = timedSenderEvent("WHATSAPP_SENDER_QUALITY_RATING_CHANGED", "sender-q", "ACTIVE", "2026-12-01T12:00:00Z");

		send(firstDrop, SECRET, nonce(), now()).andExpect(status().isOk());
		send(secondDrop, SECRET, nonce(), now()).andExpect(status().isOk());
		send(secondDrop.replace("\"region\":\"EU\"", "\"region\":\"EU\",\"maxTps\":80"), SECRET, nonce(), now())
			.andExpect(status().isOk());

		assertThat(events.stream(SinchCallbackReceived.class)).hasSize(2);
		assertThat(receipts()).isEqualTo(2);
	}

	@Test
	void aLateCallbackIsRecordedButNeverMovesASenderBackToAnOlderState() throws Exception {
		String senderId = UUID.randomUUID().toString();
		WatchedResource watched = WhatsAppCallbacks.sender(projectId, senderId);
		context.getBean(StatusWatch.class).watch(watched, "IN_PROGRESS");

		send(timedSenderEvent("WHATSAPP_SENDER_ACTIVE", senderId, "ACTIVE", "2026-12-01T12:00:00Z"), SECRET, nonce(), now())
			.andExpect(status().isOk());
		send(timedSenderEvent("WHATSAPP_SENDER_PENDING_VERIFICATION", senderId, "PENDING_VERIFICATION",
				"2026-12-01T11:00:00Z"), SECRET, nonce(), now()).andExpect(status().isOk());

		assertThat(context.getBean(StatusWatch.class).lastKnown(watched).map(WatchedStatus::state)).contains("ACTIVE");
		assertThat(receipts()).isEqualTo(2);
		send(timedSenderEvent("WHATSAPP_SENDER_INACTIVE", senderId, "INACTIVE", "2026-12-01T13:00:00Z"), SECRET, nonce(), now())
			.andExpect(status().isOk());
		assertThat(context.getBean(StatusWatch.class).lastKnown(watched).map(WatchedStatus::state)).contains("INACTIVE");
	}

	@Test
	void aRepeatedNonceIsAnsweredButHasNoEffect() throws Exception {
		String nonce = nonce();
		long timestamp = now();
		send(senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE"), SECRET, nonce, timestamp).andExpect(status().isOk());

		send(senderEvent("WHATSAPP_SENDER_ERROR", "sender-1", "ERROR"), SECRET, nonce, timestamp).andExpect(status().isOk());

		assertThat(events.stream(SinchCallbackReceived.class)).hasSize(1);
		assertThat(receipts()).isEqualTo(1);
	}

	@Test
	void theSameEventSignedAnewByARetryHasOneEffect() throws Exception {
		String body = senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE");

		send(body, SECRET, nonce(), now()).andExpect(status().isOk());
		send(body, SECRET, nonce(), now()).andExpect(status().isOk());

		assertThat(events.stream(SinchCallbackReceived.class)).hasSize(1);
		assertThat(receipts()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'SINCH_CALLBACK' and project_id = ?")
			.param(projectId).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aWatchedSenderIsMovedOnOnceByItsCallbackAndNotAtAllByRefusedOnes() throws Exception {
		String senderId = UUID.randomUUID().toString();
		WatchedResource watched = WhatsAppCallbacks.sender(projectId, senderId);
		context.getBean(StatusWatch.class).watch(watched, "IN_PROGRESS");
		String body = senderEvent("WHATSAPP_SENDER_ACTIVE", senderId, "ACTIVE");

		send(body, "another-secret", nonce(), now()).andExpect(status().isUnauthorized());
		send(body, SECRET, nonce(), now() - Duration.ofHours(25).toSeconds()).andExpect(status().isUnauthorized());
		assertThat(context.getBean(StatusWatch.class).lastKnown(watched).map(WatchedStatus::state)).contains("IN_PROGRESS");

		send(body, SECRET, nonce(), now()).andExpect(status().isOk());
		send(body, SECRET, nonce(), now()).andExpect(status().isOk());

		assertThat(context.getBean(StatusWatch.class).lastKnown(watched).map(WatchedStatus::state)).contains("ACTIVE");
		assertThat(events.stream(StatusChanged.class)).singleElement().satisfies(change -> {
			assertThat(change.resource()).isEqualTo(watched);
			assertThat(change.source()).isEqualTo(StatusChanged.Source.CALLBACK);
			assertThat(change.previousState()).isEqualTo("IN_PROGRESS");
			assertThat(change.settled()).isTrue();
		});
	}

	@Test
	void unsignedGarbageIsRefused() throws Exception {
		mvc.perform(post("/callbacks/sinch/" + projectId).contentType(MediaType.APPLICATION_JSON).content("{not json"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/callbacks/sinch/not-a-project").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSignedBodyThatIsNotACallbackIsABadRequest() throws Exception {
		send("{\"hello\":\"world\"}", SECRET, nonce(), now()).andExpect(status().isBadRequest());
		send("[1,2", SECRET, nonce(), now()).andExpect(status().isBadRequest());

		assertThat(receipts()).isZero();
	}

	@Test
	void anOversizedBodyIsRefusedUnread() throws Exception {
		String huge = "{\"type\":\"WHATSAPP_SENDER_ACTIVE\",\"payload\":{\"x\":\"" + "a".repeat(300 * 1024) + "\"}}";

		send(huge, SECRET, nonce(), now()).andExpect(status().isPayloadTooLarge());
		assertThat(receipts()).isZero();
	}

	@Test
	void callbacksNeedNoSessionAndNoCsrfToken() throws Exception {
		send(senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-2", "ACTIVE"), SECRET, nonce(), now())
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void aProjectWithoutACallbackSecretAcceptsNothing() throws Exception {
		String unknown = UUID.randomUUID().toString();

		mvc.perform(post("/callbacks/sinch/" + unknown).contentType(MediaType.APPLICATION_JSON)
			.content(senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-1", "ACTIVE"))
			.header("x-sinch-webhook-signature", sign("{}", SECRET, "n", now()))
			.header("x-sinch-webhook-signature-nonce", "n")
			.header("x-sinch-webhook-signature-timestamp", String.valueOf(now()))).andExpect(status().isUnauthorized());
	}

	private ResultActions send(String body, String secret, String nonce, long timestamp) throws Exception {
		return mvc.perform(post("/callbacks/sinch/" + projectId).contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.header("x-sinch-webhook-signature", sign(body, secret, nonce, timestamp))
			.header("x-sinch-webhook-signature-algorithm", "HmacSHA256")
			.header("x-sinch-webhook-signature-nonce", nonce)
			.header("x-sinch-webhook-signature-timestamp", String.valueOf(timestamp)));
	}

	private static String sign(String body, String secret, String nonce, long timestamp) {
		return Base64.getEncoder().encodeToString(CallbackSignature.compute(secret, body.getBytes(StandardCharsets.UTF_8),
				nonce, String.valueOf(timestamp)));
	}

	private static String senderEvent(String type, String senderId, String state) {
		return "{\"type\":\"" + type + "\",\"payload\":{\"id\":\"" + senderId + "\",\"state\":\"" + state
				+ "\",\"bearerToken\":\"bearer-token-value\",\"region\":\"EU\"}}";
	}

	private static String timedSenderEvent(String type, String senderId, String state, String modified) {
		return "{\"type\":\"" + type + "\",\"payload\":{\"id\":\"" + senderId + "\",\"state\":\"" + state
				+ "\",\"region\":\"EU\",\"modified\":\"" + modified + "\"}}";
	}

	private static String nonce() {
		return UUID.randomUUID().toString();
	}

	private static long now() {
		return TestInfrastructure.CLOCK.instant().getEpochSecond();
	}

	private int receipts() {
		return jdbc.sql("select count(*) from callback_receipt where project_id = ?::uuid").param(projectId).query(Integer.class).single();
	}

	@Test
	void theProjectPageShowsWhenTheLastCallbackArrived() throws Exception {
		mvc.perform(get("/projects/" + projectId).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("no callback received yet")));

		send(senderEvent("WHATSAPP_SENDER_ACTIVE", "sender-3", "ACTIVE"), SECRET, nonce(), now()).andExpect(status().isOk());

		mvc.perform(get("/projects/" + projectId).with(user("viewer").roles("VIEWER")))
			.andExpect(content().string(containsString("Last callback received")));
	}

}
