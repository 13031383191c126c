package com.provisioningportal.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.provisioningportal.sandbox.SandboxState.AttemptState;
import com.provisioningportal.sandbox.SandboxState.DeliveryState;
import com.provisioningportal.sandbox.SandboxState.ProjectState;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the queued callbacks, signed the way Sinch signs Conversation API callbacks (whose headers the
 * Provisioning API shares), and retries failed ones with a doubling, capped wait measured on the sandbox clock.
 */
final class Callbacks {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final SandboxCore core;

	Callbacks(SandboxCore core) {
		this.core = core;
	}

	static String sign(String secret, String rawBody, String nonce, String timestamp) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((rawBody + "." + nonce + "." + timestamp).getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Due(DeliveryState delivery, String nonce, String timestamp, String signature) {
	}

	/** Makes one attempt for every delivery that is due; the HTTP calls happen outside the state lock. */
	void deliverDue() {
		List<Due> due = core.locked(() -> core.state()
			.deliveries
			.stream()
			.filter(delivery -> delivery.status.equals("PENDING") && delivery.nextAttemptAt <= core.nowMillis())
			.map(this::prepare)
			.toList());
		for (Due attempt : due) {
			Outcome outcome = send(attempt);
			core.locked(() -> record(attempt, outcome));
		}
	}

	private Due prepare(DeliveryState delivery) {
		String nonce = Ids.ulid();
		String timestamp = String.valueOf(core.now().getEpochSecond());
		return new Due(delivery, nonce, timestamp, sign(delivery.secret, delivery.body, nonce, timestamp));
	}

	private record Outcome(int status, String error) {

		boolean delivered() {
			return status >= 200 && status < 300;
		}

	}

	private static Outcome send(Due attempt) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.delivery().target))
				.timeout(Duration.ofSeconds(5))
				.header("Content-Type", "application/json")
				.header("x-sinch-webhook-signature", attempt.signature())
				.header("x-sinch-webhook-signature-algorithm", "HmacSHA256")
				.header("x-sinch-webhook-signature-nonce", attempt.nonce())
				.header("x-sinch-webhook-signature-timestamp", attempt.timestamp())
				.POST(HttpRequest.BodyPublishers.ofString(attempt.delivery().body, StandardCharsets.UTF_8))
				.build();
			int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome(0, "interrupted");
		}
		catch (Exception ex) {
			return new Outcome(0, ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		}
	}

	private void record(Due attempt, Outcome outcome) {
		DeliveryState delivery = attempt.delivery();
		delivery.attempts.add(new AttemptState(core.nowMillis(), attempt.nonce(), attempt.timestamp(),
				attempt.signature(), outcome.status(), outcome.error()));
		if (outcome.delivered()) {
			delivery.status = "DELIVERED";
		}
		else if (delivery.attempts.size() >= core.options().callbackMaxAttempts()) {
			delivery.status = "FAILED";
		}
		else {
			delivery.nextAttemptAt = core.nowMillis() + retryDelay(delivery.attempts.size()).toMillis();
		}
		if (delivery.bundleId != null) {
			recordOnBundle(delivery, outcome);
		}
	}

	/** The wait after the n-th failed attempt: first retry delay, doubled each time, never above the cap. */
	Duration retryDelay(int failedAttempts) {
		Duration delay = core.options().callbackFirstRetry();
		for (int i = 1; i < failedAttempts && delay.compareTo(core.options().callbackMaxRetry()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(core.options().callbackMaxRetry()) > 0 ? core.options().callbackMaxRetry() : delay;
	}

	/** Bundles show the outcome of their BUNDLE_DONE callbacks in webhookDeliveryStatuses. */
	private void recordOnBundle(DeliveryState delivery, Outcome outcome) {
		ProjectState project = core.project(delivery.projectId);
		ObjectNode bundle = project == null ? null : project.bundles.get(delivery.bundleId);
		if (bundle == null) {
			return;
		}
		ArrayNode statuses = bundle.withArray("webhookDeliveryStatuses");
		for (int i = statuses.size() - 1; i >= 0; i--) {
			if (delivery.webhookId.equals(Json.text(statuses.get(i), "webhookId"))) {
				statuses.remove(i);
			}
		}
		ObjectNode status = statuses.addObject();
		status.put("webhookId", delivery.webhookId);
		status.put("httpStatusCode", outcome.status());
		if (outcome.error() != null) {
			status.put("errorMessage", outcome.error());
		}
		status.put("date", Json.timestamp(core.now()));
	}

	static CallbackDelivery view(DeliveryState delivery) {
		return new CallbackDelivery(delivery.id, delivery.projectId, delivery.webhookId, delivery.target, delivery.type,
				delivery.body, delivery.status,
				delivery.attempts.stream()
					.map(attempt -> new CallbackDelivery.Attempt(Instant.ofEpochMilli(attempt.at()), attempt.nonce(),
							attempt.timestamp(), attempt.signature(), attempt.httpStatus(), attempt.error()))
					.toList());
	}

}
