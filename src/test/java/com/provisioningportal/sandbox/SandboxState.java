package com.provisioningportal.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the sandbox knows, in one serialisable graph so dev mode can save it as JSON and read it back.
 * Resources are kept as the JSON Sinch answers with; what Sinch never shows (secrets, Meta ids, OTP progress)
 * lives beside them.
 */
final class SandboxState {

	public Map<String, ProjectState> projects = new LinkedHashMap<>();

	public Map<String, IssuedToken> tokens = new LinkedHashMap<>();

	public List<ScheduledTransition> transitions = new ArrayList<>();

	public List<DeliveryState> deliveries = new ArrayList<>();

	public long tokenRequests;

	static final class ProjectState {

		public String id;

		public String name;

		public String keyId;

		public String keySecret;

		/** Null until the project is onboarded for WhatsApp (then most WhatsApp endpoints answer project_not_initialized). */
		public ObjectNode account;

		public Map<String, ObjectNode> solutions = new LinkedHashMap<>();

		public Map<String, ObjectNode> senders = new LinkedHashMap<>();

		public Map<String, SenderBackstage> senderBackstage = new LinkedHashMap<>();

		/** Audit trails, newest last, keyed "account", "sender:{id}", "rcs-sender:{id}" or "template:{name}:{language}". */
		public Map<String, List<ObjectNode>> activities = new LinkedHashMap<>();

		/** Keyed "{name}:{language}". */
		public Map<String, ObjectNode> templates = new LinkedHashMap<>();

		/** Template names, or "{name}:{language}", that may not be reused until the given epoch milli. */
		public Map<String, Long> blockedTemplates = new LinkedHashMap<>();

		public Map<String, ObjectNode> webhooks = new LinkedHashMap<>();

		public Map<String, String> webhookSecrets = new LinkedHashMap<>();

		public Map<String, ObjectNode> bundles = new LinkedHashMap<>();

		public Map<String, ObjectNode> smsApps = new LinkedHashMap<>();

		public Map<String, ObjectNode> rcsSenders = new LinkedHashMap<>();

	}

	/** What Sinch knows about a sender but does not show in its DTO. */
	static final class SenderBackstage {

		public String wabaId;

		public String phoneNumberId;

		/** Epoch milli of the first DELETE, or null. */
		public Long deletedAt;

		public boolean codeSent;

		public int wrongCodes;

	}

	record IssuedToken(String keyId, String projectId, long expiresAt) {
	}

	/** A state change that happens on its own after a delay (Meta's review, Sinch's provisioning). */
	record ScheduledTransition(long dueAt, String kind, String projectId, String resourceId) {
	}

	static final class DeliveryState {

		public String id;

		public String projectId;

		public String webhookId;

		public String target;

		public String secret;

		public String type;

		public String body;

		public String bundleId;

		public String status = "PENDING";

		public long nextAttemptAt;

		public List<AttemptState> attempts = new ArrayList<>();

	}

	record AttemptState(long at, String nonce, String timestamp, String signature, int httpStatus, String error) {
	}

}
