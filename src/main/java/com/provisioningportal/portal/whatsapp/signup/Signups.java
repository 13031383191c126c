package com.provisioningportal.portal.whatsapp.signup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditAttempt;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.Phase;
import com.provisioningportal.portal.gateway.EmbeddedSignupSender;
import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.Sender;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.projects.SinchChanges;
import com.provisioningportal.portal.webhooks.StatusChanged;
import com.provisioningportal.portal.webhooks.StatusWatch;
import com.provisioningportal.portal.whatsapp.SenderStatus;
import com.provisioningportal.portal.whatsapp.WhatsAppCallbacks;
import com.provisioningportal.portal.whatsapp.signup.SignupStore.Changes;

import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Embedded Signup on the server: links, attempts, Meta's code exchanged once, the ids checked against the customer's
 * token (which is then dropped), the sender created at Sinch, and the attempt moved on as Sinch reports. Every step
 * is in the audit log; codes and tokens never are.
 */
@Service
class Signups {

	static final Duration LINK_LIFETIME = Duration.ofDays(7);

	static final Duration SPECIALIST_NONCE_LIFETIME = Duration.ofHours(12);

	static final Duration STATE_LIFETIME = Duration.ofMinutes(15);

	static final String CALLBACK_PATH = "/whatsapp/signup/callback";

	private static final String RESOURCE = "whatsapp-signup";

	private final SignupStore store;

	private final MetaGraph graph;

	private final MetaSettings settings;

	private final ProvisioningGateway gateway;

	private final SinchChanges changes;

	private final StatusWatch statusWatch;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Environment environment;

	Signups(SignupStore store, MetaGraph graph, MetaSettings settings, ProvisioningGateway gateway, SinchChanges changes,
			StatusWatch statusWatch, AuditLog auditLog, Clock clock, Environment environment) {
		this.store = store;
		this.graph = graph;
		this.settings = settings;
		this.gateway = gateway;
		this.changes = changes;
		this.statusWatch = statusWatch;
		this.auditLog = auditLog;
		this.clock = clock;
		this.environment = environment;
	}

	/** The portal's public address, read when needed (tests learn their port late). */
	String publicUrl() {
		return environment.getRequiredProperty("portal.public-url").replaceAll("/+$", "");
	}

	String redirectUri() {
		return publicUrl() + CALLBACK_PATH;
	}

	/** A link for the customer; the token is returned once and stored hashed. */
	CreatedLink createLink(String projectId, SignupDefaults defaults, String specialist) {
		Instant now = clock.instant();
		SignupLink link = new SignupLink(UUID.randomUUID(), projectId, defaults.region(), defaults.metaLocalStorage(),
				specialist, now, now.plus(LINK_LIFETIME), null, null, null);
		String token = SignupStore.randomSecret();
		auditLog.change(entry("WHATSAPP_SIGNUP_LINK_CREATE", projectId, "link-" + link.id())
			.request(Map.of("region", defaults.region(), "metaLocalStorage", defaults.metaLocalStorage(), "expiresAt",
					link.expiresAt().toString())), () -> {
						store.insertLink(link, token);
						return link;
					}, created -> Outcome.ok(Map.of("linkId", created.id().toString(), "expiresAt", created.expiresAt().toString())));
		return new CreatedLink(link, publicUrl() + "/signup/" + token);
	}

	void revokeLink(String projectId, UUID linkId, String specialist) {
		SignupLink link = store.link(linkId).filter(found -> found.projectId().equals(projectId))
			.orElseThrow(() -> new SignupRefused("There is no such link in this project."));
		auditLog.change(entry("WHATSAPP_SIGNUP_LINK_REVOKE", projectId, "link-" + linkId).before(linkSummary(link)), () -> {
			if (!store.revokeLink(linkId, specialist, clock.instant())) {
				throw new SignupRefused("The link was already used or revoked.");
			}
			return linkId;
		}, revoked -> Outcome.ok(Map.of("linkId", revoked.toString(), "revoked", true)));
	}

	Optional<SignupLink> linkByToken(String token) {
		return (token == null || token.length() > 100) ? Optional.empty() : store.linkByToken(token);
	}

	List<SignupLink> links(String projectId) {
		return store.links(projectId, 20);
	}

	List<SignupAttempt> attempts(String projectId) {
		return store.attempts(projectId, 30);
	}

	Optional<SignupAttempt> attempt(String projectId, UUID id) {
		return store.attempt(id).filter(attempt -> attempt.projectId().equals(projectId));
	}

	Optional<SignupAttempt> latestOfLink(SignupLink link) {
		return store.latestOfLink(link.id());
	}

	/** "Do it now": a new attempt run by the signed-in specialist. */
	PageAttempt startBySpecialist(String projectId, SignupDefaults defaults, String specialist) {
		Instant now = clock.instant();
		return start(projectId, null, specialist, defaults, now.plus(SPECIALIST_NONCE_LIFETIME), null);
	}

	/**
	 * The attempt a customer's open link page runs: the one not yet finished with Meta, or a new one. Its nonce is
	 * bound to the link and lives as long as the link, so a customer long in Meta's dialog keeps the attempt even
	 * when their session ends.
	 */
	PageAttempt attemptForLink(SignupLink link) {
		if (link.state(clock.instant()) != SignupLink.State.OPEN) {
			throw new SignupRefused("This link can no longer be used.");
		}
		Optional<SignupAttempt> latest = store.latestOfLink(link.id()).filter(attempt -> attempt.status() == AttemptStatus.STARTED);
		if (latest.isPresent()) {
			return new PageAttempt(latest.get(), freshNonce(latest.get()));
		}
		return start(link.projectId(), link.id(), link.createdBy(), new SignupDefaults(link.region(), link.metaLocalStorage()),
				link.expiresAt(), new Actor(link.actorName(), List.of()));
	}

	/** A new attempt from a link whose last attempt ended without a live number ("Start again"). */
	PageAttempt restartForLink(SignupLink link) {
		if (link.state(clock.instant()) != SignupLink.State.OPEN) {
			throw new SignupRefused("This link can no longer be used.");
		}
		Optional<SignupAttempt> latest = store.latestOfLink(link.id());
		if (latest.isPresent() && !latest.get().status().finished() && latest.get().status() != AttemptStatus.NEEDS_NUMBER) {
			return new PageAttempt(latest.get(), freshNonce(latest.get()));
		}
		return start(link.projectId(), link.id(), link.createdBy(), new SignupDefaults(link.region(), link.metaLocalStorage()),
				link.expiresAt(), new Actor(link.actorName(), List.of()));
	}

	Instant now() {
		return clock.instant();
	}

	/** A nonce for a page about to show the attempt; the previous one stops working. */
	String freshNonce(SignupAttempt attempt) {
		String nonce = SignupStore.randomSecret();
		store.replaceNonce(attempt.id(), nonce, attempt.nonceExpiresAt());
		return nonce;
	}

	private PageAttempt start(String projectId, UUID linkId, String startedBy, SignupDefaults defaults, Instant nonceExpires,
			Actor actor) {
		Instant now = clock.instant();
		SignupAttempt attempt = new SignupAttempt(UUID.randomUUID(), projectId, linkId, startedBy, "POPUP",
				AttemptStatus.STARTED, nonceExpires, defaults.region(), defaults.metaLocalStorage(), null, null, null, null,
				List.of(), null, null, null, null, null, null, null, now, null, null, null, null, now);
		String nonce = SignupStore.randomSecret();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("region", defaults.region());
		request.put("metaLocalStorage", defaults.metaLocalStorage());
		request.put("link", (linkId != null) ? linkId.toString() : null);
		auditLog.change(by(entry("WHATSAPP_SIGNUP_START", projectId, attempt.id().toString()).request(request), actor), () -> {
			store.insertAttempt(attempt, nonce);
			return attempt;
		}, started -> Outcome.ok(Map.of("status", started.status().name())));
		return new PageAttempt(attempt, nonce);
	}

	/** The popup flow's result, posted by the page with the attempt's nonce. */
	SignupAttempt complete(Completion completion, Scope scope) {
		SignupAttempt attempt = byNonce(completion.nonce(), scope);
		if (attempt.status() != AttemptStatus.STARTED) {
			// A duplicate or late event: the attempt already moved on, and moves only once.
			return attempt;
		}
		Actor actor = actorOf(attempt);
		Instant now = clock.instant();
		String event = Completion.text(completion.event(), 60);
		String errorMessage = Completion.text(completion.errorMessage(), 500);
		if (!completion.hasCode()) {
			if (errorMessage != null || Completion.text(completion.errorCode(), 40) != null) {
				String errorCode = Completion.text(completion.errorCode(), 40);
				String sessionId = Completion.text(completion.sessionId(), 100);
				if (store.move(attempt.id(), AttemptStatus.STARTED, AttemptStatus.META_ERROR, now,
						Changes.of("meta_event", event, "error_message", errorMessage, "error_code", errorCode, "session_id",
								sessionId, "failure", Explanations.metaError(errorMessage), "failure_code", errorCode))) {
					record(attempt, actor, "WHATSAPP_SIGNUP_META_ERROR", Phase.FAILED,
							Outcome.error("Meta: " + errorMessage), details("errorCode", errorCode, "sessionId", sessionId));
				}
				return reload(attempt);
			}
			if (event != null && event.startsWith("FINISH")) {
				if (store.move(attempt.id(), AttemptStatus.STARTED, AttemptStatus.ERROR, now, Changes.of("meta_event", event,
						"failure", "Meta's dialog finished but its code never reached the page. Start again.", "failure_code",
						"no_code"))) {
					record(attempt, actor, "WHATSAPP_SIGNUP_NO_CODE", Phase.FAILED, Outcome.error("Finished without a code"),
							details("event", event));
				}
				return reload(attempt);
			}
			String step = Completion.text(completion.currentStep(), 60);
			if (store.move(attempt.id(), AttemptStatus.STARTED, AttemptStatus.CANCELLED, now,
					Changes.of("meta_event", event, "current_step", step, "failure", Explanations.cancelled(step)))) {
				record(attempt, actor, "WHATSAPP_SIGNUP_CANCELLED", Phase.FAILED,
						Outcome.error((step != null) ? "Cancelled at " + step : "Closed without finishing"),
						details("event", event, "currentStep", step));
			}
			return reload(attempt);
		}
		String wabaId = Completion.digits(completion.wabaId());
		String phoneNumberId = Completion.digits(completion.phoneNumberId());
		String businessId = Completion.digits(completion.businessId());
		if (!store.move(attempt.id(), AttemptStatus.STARTED, AttemptStatus.CODE_RECEIVED, now,
				Changes.of("meta_event", event, "waba_id", wabaId, "phone_number_id", phoneNumberId, "business_id", businessId))) {
			return reload(attempt);
		}
		record(attempt, actor, "WHATSAPP_SIGNUP_CODE_RECEIVED", Phase.SUCCEEDED,
				Outcome.ok(details("event", event, "wabaId", wabaId, "phoneNumberId", phoneNumberId, "businessId", businessId)),
				null);
		verifyAndRequest(reload(attempt), completion.code(), null, actor, false);
		return reload(attempt);
	}

	/** Starts the redirect flow for an attempt not yet finished with Meta: the dialog's address with a fresh state. */
	DialogRedirect redirectToDialog(String nonce, Scope scope) {
		SignupAttempt attempt = byNonce(nonce, scope);
		String state = SignupStore.randomSecret();
		Instant now = clock.instant();
		if (!store.bindState(attempt.id(), state, now.plus(STATE_LIFETIME), now)) {
			throw new SignupRefused("This attempt is already past Meta's dialog. Start a new one.");
		}
		record(attempt, actorOf(attempt), "WHATSAPP_SIGNUP_REDIRECT", Phase.SUCCEEDED, Outcome.ok(Map.of("flow", "REDIRECT")), null);
		String extras = "{\"setup\":{\"solutionID\":\"" + settings.solutionId() + "\"},\"featureType\":\""
				+ settings.featureType() + "\",\"sessionInfoVersion\":\"3\",\"version\":\"" + settings.esVersion() + "\"}";
		Map<String, String> query = new LinkedHashMap<>();
		query.put("client_id", settings.appId());
		query.put("redirect_uri", redirectUri());
		query.put("config_id", settings.configId());
		query.put("response_type", "code");
		query.put("override_default_response_type", "true");
		query.put("state", state);
		query.put("extras", extras);
		String url = settings.dialogUrl().toString().replaceAll("/+$", "") + "/" + settings.graphVersion() + "/dialog/oauth?"
				+ query.entrySet()
					.stream()
					.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
					.collect(Collectors.joining("&"));
		return new DialogRedirect(attempt, url);
	}

	/**
	 * Meta's redirect back: the state must be one the portal issued, unused and unexpired. A code is exchanged with
	 * the same redirect URI; the WABAs and numbers come from Graph and the user picks the number.
	 */
	SignupAttempt callback(String state, String code, String error) {
		if (state == null || state.isBlank() || state.length() > 100) {
			throw new SignupRefused("Meta's answer did not carry the portal's state, so it was ignored. Start again from the portal.");
		}
		SignupAttempt attempt = store.attemptByState(state)
			.orElseThrow(() -> new SignupRefused("Meta's answer carried a state the portal never issued, so it was ignored. "
					+ "Start again from the portal."));
		Instant now = clock.instant();
		Actor actor = actorOf(attempt);
		if (!store.useState(attempt.id(), now)) {
			throw new SignupRefused("This answer from Meta was already used. Start again from the portal if the number is not connected.");
		}
		if (attempt.status() != AttemptStatus.STARTED || now.isAfter(stateExpiry(attempt))) {
			record(attempt, actor, "WHATSAPP_SIGNUP_CALLBACK_REFUSED", Phase.DENIED, Outcome.error("Expired state"), null);
			throw new SignupRefused("Meta's answer came back too late (after 15 minutes). Start again from the portal.");
		}
		if (error != null || code == null || code.isBlank()) {
			if (store.move(attempt.id(), AttemptStatus.STARTED, AttemptStatus.CANCELLED, now,
					Changes.of("meta_event", "REDIRECT_" + Completion.text(error != null ? error : "no_code", 40), "failure",
							Explanations.cancelled(null)))) {
				record(attempt, actor, "WHATSAPP_SIGNUP_CANCELLED", Phase.FAILED, Outcome.error("Meta: " + error), null);
			}
			return reload(attempt);
		}
		if (!store.move(attempt.id(), AttemptStatus.STARTED, AttemptStatus.CODE_RECEIVED, now, Changes.of("meta_event", "REDIRECT"))) {
			return reload(attempt);
		}
		record(attempt, actor, "WHATSAPP_SIGNUP_CODE_RECEIVED", Phase.SUCCEEDED, Outcome.ok(Map.of("flow", "REDIRECT")), null);
		verifyAndRequest(reload(attempt), code, redirectUri(), actor, true);
		return reload(attempt);
	}

	/** The number chosen for an attempt that finished without one; it must be one Graph showed for the token. */
	SignupAttempt pick(String nonce, String phoneNumberId, Scope scope) {
		SignupAttempt attempt = byNonce(nonce, scope);
		if (attempt.status() != AttemptStatus.NEEDS_NUMBER) {
			return attempt;
		}
		PhoneChoice choice = attempt.phoneChoices()
			.stream()
			.filter(candidate -> candidate.phoneNumberId().equals(phoneNumberId))
			.findFirst()
			.orElseThrow(() -> new SignupRefused("Choose one of the numbers shown."));
		Actor actor = actorOf(attempt);
		if (store.move(attempt.id(), AttemptStatus.NEEDS_NUMBER, AttemptStatus.VERIFIED, clock.instant(),
				Changes.of("waba_id", choice.wabaId(), "phone_number_id", choice.phoneNumberId(), "failure", null))) {
			record(attempt, actor, "WHATSAPP_SIGNUP_NUMBER_CHOSEN", Phase.SUCCEEDED,
					Outcome.ok(Map.of("wabaId", choice.wabaId(), "phoneNumberId", choice.phoneNumberId())), null);
			requestSender(reload(attempt), actor);
		}
		return reload(attempt);
	}

	private void verifyAndRequest(SignupAttempt attempt, String code, String redirectUri, Actor actor, boolean alwaysPick) {
		Verified verified;
		AuditAttempt audit = auditLog.attempt(by(entry("WHATSAPP_SIGNUP_VERIFY", attempt.projectId(), attempt.id().toString())
			.request(details("wabaId", attempt.wabaId(), "phoneNumberId", attempt.phoneNumberId(), "flow", attempt.flow())), actor));
		try {
			verified = verify(attempt, code, redirectUri);
		}
		catch (MetaGraphException ex) {
			auditLog.failed(audit, new Outcome(null, null, "meta_" + ex.errorCode(), ex.getMessage()));
			fail(attempt, AttemptStatus.CODE_RECEIVED, "meta_" + ex.errorCode(), Explanations.graph(ex));
			return;
		}
		catch (SignupRefused ex) {
			auditLog.failed(audit, Outcome.error(ex.getMessage()));
			fail(attempt, AttemptStatus.CODE_RECEIVED, "not_granted", ex.getMessage());
			return;
		}
		auditLog.succeeded(audit, Outcome.ok(details("wabaId", verified.wabaId(), "phoneNumberId", verified.phoneNumberId(),
				"choices", verified.choices().size())));
		Instant now = clock.instant();
		if (verified.phoneNumberId() != null && !alwaysPick) {
			if (store.move(attempt.id(), AttemptStatus.CODE_RECEIVED, AttemptStatus.VERIFIED, now,
					Changes.of("waba_id", verified.wabaId(), "phone_number_id", verified.phoneNumberId()))) {
				requestSender(reload(attempt), actor);
			}
			return;
		}
		String failure = verified.choices().isEmpty()
				? "Meta's dialog finished without a phone number, and the WhatsApp Business account has none. Add a number "
						+ "in WhatsApp Manager (or in Meta's dialog), then start again."
				: "Meta did not say which number to connect. Choose it below.";
		if (store.move(attempt.id(), AttemptStatus.CODE_RECEIVED, AttemptStatus.NEEDS_NUMBER, now,
				Changes.of("waba_id", verified.wabaId(), "phone_choices", verified.choices(), "failure", failure))) {
			record(attempt, actor, "WHATSAPP_SIGNUP_NEEDS_NUMBER", Phase.SUCCEEDED,
					Outcome.ok(Map.of("choices", verified.choices().size())), null);
		}
	}

	/**
	 * Exchanges the code once and checks, by membership, that the WABA and number the browser reported belong to the
	 * customer's token. The token lives only in this method.
	 */
	private Verified verify(SignupAttempt attempt, String code, String redirectUri) {
		String token = graph.exchangeCode(code, redirectUri);
		MetaGraph.TokenFacts facts = graph.debugToken(token);
		if (!facts.valid() || !settings.appId().equals(facts.appId())) {
			throw new SignupRefused("Meta's token is not valid for the portal's app. Start again.");
		}
		List<String> wabas;
		if (attempt.wabaId() != null) {
			if (!facts.wabaIds().contains(attempt.wabaId())) {
				throw new SignupRefused("The WhatsApp Business account the page reported was not shared with the portal. "
						+ "Start again and share it in Meta's dialog.");
			}
			wabas = List.of(attempt.wabaId());
		}
		else {
			wabas = facts.wabaIds().stream().sorted().toList();
		}
		if (wabas.isEmpty()) {
			throw new SignupRefused("The customer did not share a WhatsApp Business account. Start again and choose one in Meta's dialog.");
		}
		List<PhoneChoice> choices = new ArrayList<>();
		for (String waba : wabas) {
			choices.addAll(graph.phoneNumbers(waba, token));
		}
		String phone = attempt.phoneNumberId();
		if (phone != null) {
			if (choices.stream().noneMatch(choice -> choice.phoneNumberId().equals(phone))) {
				throw new SignupRefused("The phone number the page reported does not belong to the shared WhatsApp Business "
						+ "account. Start again.");
			}
			return new Verified(wabas.get(0), phone, List.copyOf(choices));
		}
		boolean appOnboarding = "FINISH_WHATSAPP_BUSINESS_APP_ONBOARDING".equals(attempt.metaEvent());
		if (appOnboarding && choices.size() == 1) {
			return new Verified(choices.get(0).wabaId(), choices.get(0).phoneNumberId(), List.copyOf(choices));
		}
		return new Verified((wabas.size() == 1) ? wabas.get(0) : null, null, List.copyOf(choices));
	}

	private void requestSender(SignupAttempt attempt, Actor actor) {
		SignupDefaults defaults = new SignupDefaults(attempt.region(), attempt.metaLocalStorage());
		EmbeddedSignupSender body = new EmbeddedSignupSender(attempt.wabaId(), attempt.phoneNumberId(), defaults.region(),
				defaults.metaLocalStorage(), defaults.businessManager(), null);
		Sender sender;
		try {
			sender = changes.send(by(AuditEntry.of("WHATSAPP_SENDER_CREATE").project(attempt.projectId())
				.resource("whatsapp-sender", null)
				.request(body), actor), () -> gateway.createSender(attempt.projectId(), body),
					created -> Map.of("id", created.id(), "state", String.valueOf(created.state()), "signupAttempt",
							attempt.id().toString()));
		}
		catch (SinchApiException ex) {
			fail(attempt, AttemptStatus.VERIFIED, ex.errorCode(), Explanations.sinch(ex));
			return;
		}
		catch (SinchException ex) {
			fail(attempt, AttemptStatus.VERIFIED, "sinch_unreachable", "Sinch could not be reached, so it is not certain "
					+ "whether the sender was created. Check the senders list before starting again.");
			return;
		}
		Instant now = clock.instant();
		store.move(attempt.id(), AttemptStatus.VERIFIED, AttemptStatus.SENDER_REQUESTED, now, Changes.of("sender_id", sender.id()));
		if (attempt.linkId() != null) {
			store.markLinkUsed(attempt.linkId(), now);
		}
		String status = SenderStatus.of(sender);
		statusWatch.watch(WhatsAppCallbacks.sender(attempt.projectId(), sender.id()), status);
		if (!status.contains("IN_PROGRESS") && !status.isEmpty()) {
			settle(reload(attempt), status, actor);
		}
	}

	/** Sinch finished (or failed) setting up a sender an attempt requested, seen through a callback or reconciliation. */
	@EventListener
	void onStatusChanged(StatusChanged changed) {
		if (!WhatsAppCallbacks.SENDER.equals(changed.resource().kind()) || !changed.settled()) {
			return;
		}
		Actor actor = (changed.source() == StatusChanged.Source.CALLBACK) ? Actor.SINCH : Actor.SYSTEM;
		for (SignupAttempt attempt : store.attemptsOfSender(changed.resource().projectId(), changed.resource().resourceId())) {
			if (attempt.status() == AttemptStatus.SENDER_REQUESTED) {
				settle(attempt, changed.state(), actor);
			}
		}
	}

	private void settle(SignupAttempt attempt, String senderStatus, Actor actor) {
		String state = senderStatus.split("/")[0];
		Instant now = clock.instant();
		if ("ACTIVE".equals(state)) {
			if (store.move(attempt.id(), AttemptStatus.SENDER_REQUESTED, AttemptStatus.ACTIVE, now, Changes.none())) {
				record(attempt, actor, "WHATSAPP_SIGNUP_FINISHED", Phase.SUCCEEDED,
						Outcome.ok(Map.of("senderId", attempt.senderId(), "state", senderStatus)), null);
			}
			return;
		}
		String failure = StatusChanged.GONE.equals(state) ? "The sender was deleted at Sinch before it went live."
				: "Sinch could not set up the sender (" + senderStatus + "). Open the sender's page for Sinch's reason, "
						+ "fix it with the customer, then start again.";
		if (store.move(attempt.id(), AttemptStatus.SENDER_REQUESTED, AttemptStatus.ERROR, now,
				Changes.of("failure", failure, "failure_code", state))) {
			record(attempt, actor, "WHATSAPP_SIGNUP_FINISHED", Phase.FAILED, Outcome.error("Sender " + senderStatus), null);
		}
	}

	private void fail(SignupAttempt attempt, AttemptStatus from, String code, String sentence) {
		store.move(attempt.id(), from, AttemptStatus.ERROR, clock.instant(), Changes.of("failure", sentence, "failure_code", code));
	}

	private SignupAttempt byNonce(String nonce, Scope scope) {
		if (nonce == null || nonce.isBlank() || nonce.length() > 100) {
			throw new SignupRefused("This page is out of date. Reload it and start again.");
		}
		SignupAttempt attempt = store.attemptByNonce(nonce)
			.orElseThrow(() -> new SignupRefused("This page is out of date. Reload it and start again."));
		if (!scope.covers(attempt)) {
			throw new SignupRefused("This page does not belong to this attempt. Open it again from where you started.");
		}
		if (clock.instant().isAfter(attempt.nonceExpiresAt())) {
			throw new SignupRefused("This signup page has expired. Reload it and start again.");
		}
		return attempt;
	}

	private Instant stateExpiry(SignupAttempt attempt) {
		return store.stateExpiry(attempt.id());
	}

	private SignupAttempt reload(SignupAttempt attempt) {
		return store.attempt(attempt.id()).orElseThrow();
	}

	/** The link's actor for a customer's steps; the signed-in specialist otherwise (the audit log's default). */
	private Actor actorOf(SignupAttempt attempt) {
		if (attempt.linkId() == null) {
			return null;
		}
		return store.link(attempt.linkId()).map(link -> new Actor(link.actorName(), List.of())).orElse(null);
	}

	private void record(SignupAttempt attempt, Actor actor, String action, Phase phase, Outcome outcome, Object request) {
		auditLog.record(by(entry(action, attempt.projectId(), attempt.id().toString()).request(request), actor), phase, outcome);
	}

	private static AuditEntry entry(String action, String projectId, String resourceId) {
		return AuditEntry.of(action).project(projectId).resource(RESOURCE, resourceId);
	}

	private static AuditEntry by(AuditEntry entry, Actor actor) {
		return (actor != null) ? entry.by(actor) : entry;
	}

	private static Map<String, Object> details(Object... pairs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				values.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return values;
	}

	private static Map<String, Object> linkSummary(SignupLink link) {
		return details("linkId", link.id().toString(), "createdBy", link.createdBy(), "expiresAt", link.expiresAt().toString(),
				"usedAt", (link.usedAt() != null) ? link.usedAt().toString() : null);
	}

	/**
	 * Whose page posted a nonce: a specialist's page of a project (attempts they run themselves) or a customer's link.
	 * A nonce from anywhere else is refused before anything happens.
	 */
	record Scope(String projectId, UUID linkId) {

		static Scope specialist(String projectId) {
			return new Scope(projectId, null);
		}

		static Scope link(SignupLink link) {
			return new Scope(link.projectId(), link.id());
		}

		boolean covers(SignupAttempt attempt) {
			return attempt.projectId().equals(projectId) && Objects.equals(attempt.linkId(), linkId);
		}

	}

	record DialogRedirect(SignupAttempt attempt, String url) {

	}

	record CreatedLink(SignupLink link, String url) {

	}

	/** An attempt about to be shown on a page, with the nonce only that page knows. */
	record PageAttempt(SignupAttempt attempt, String nonce) {

	}

	private record Verified(String wabaId, String phoneNumberId, List<PhoneChoice> choices) {

	}

}
