package com.provisioningportal.portal.whatsapp.signup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditAttempt;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.Phase;
import com.provisioningportal.portal.callbacks.StatusChanged;
import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.whatsapp.EmbeddedSignupSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import com.provisioningportal.portal.projects.SinchChanges;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.whatsapp.SenderStatus;
import com.provisioningportal.portal.whatsapp.WhatsAppCallbacks;
import com.provisioningportal.portal.whatsapp.signup.SignupStore.Changes;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;

import static com.provisioningportal.portal.whatsapp.signup.SignupAudit.by;
import static com.provisioningportal.portal.whatsapp.signup.SignupAudit.details;
import static com.provisioningportal.portal.whatsapp.signup.SignupAudit.entry;

/**
 * Finishing an Embedded Signup: Meta's code exchanged once, the ids checked against the customer's token (which is
 * then dropped), the sender created at Sinch, and the attempt moved on as Sinch reports. Every step is in the audit
 * log; codes and tokens never are.
 */
@Service
class SignupCompletion {

	static final String CALLBACK_PATH = "/whatsapp/signup/callback";

	private final SignupAttempts attempts;

	private final SignupLinks links;

	private final MetaGraph graph;

	private final MetaSettings settings;

	private final WhatsAppSenders senders;

	private final SinchChanges changes;

	private final StatusWatch statusWatch;

	private final AuditLog auditLog;

	/** The attempt keeps its failure as text, resolved when it fails. */
	private final MessageSourceAccessor messages;

	SignupCompletion(SignupAttempts attempts, SignupLinks links, MetaGraph graph, MetaSettings settings,
			WhatsAppSenders senders, SinchChanges changes, StatusWatch statusWatch, AuditLog auditLog,
			MessageSource messageSource) {
		this.attempts = attempts;
		this.links = links;
		this.graph = graph;
		this.settings = settings;
		this.senders = senders;
		this.changes = changes;
		this.statusWatch = statusWatch;
		this.auditLog = auditLog;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	private String redirectUri() {
		return links.publicUrl() + CALLBACK_PATH;
	}

	/** The popup flow's result, posted by the page with the attempt's nonce. */
	SignupAttempt complete(Completion completion, SignupAttempts.Scope scope) {
		SignupAttempt attempt = attempts.byNonce(completion.nonce(), scope);
		if (attempt.status() != AttemptStatus.STARTED) {
			// A duplicate or late event: the attempt already moved on, and moves only once.
			return attempt;
		}
		Actor actor = attempts.actorOf(attempt);
		String event = Completion.text(completion.event(), 60);
		String errorMessage = Completion.text(completion.errorMessage(), 500);
		if (!completion.hasCode()) {
			if (errorMessage != null || Completion.text(completion.errorCode(), 40) != null) {
				String errorCode = Completion.text(completion.errorCode(), 40);
				String sessionId = Completion.text(completion.sessionId(), 100);
				if (attempts.move(attempt, AttemptStatus.STARTED, AttemptStatus.META_ERROR,
						Changes.of("meta_event", event, "error_message", errorMessage, "error_code", errorCode, "session_id",
								sessionId, "failure", messages.getMessage(Explanations.metaError(errorMessage)), "failure_code", errorCode))) {
					attempts.record(attempt, actor, "WHATSAPP_SIGNUP_META_ERROR", Phase.FAILED,
							Outcome.error("Meta: " + errorMessage), details("errorCode", errorCode, "sessionId", sessionId));
				}
				return attempts.reload(attempt);
			}
			if (event != null && event.startsWith("FINISH")) {
				if (attempts.move(attempt, AttemptStatus.STARTED, AttemptStatus.ERROR, Changes.of("meta_event", event,
						"failure", messages.getMessage(Messages.of("whatsapp.signup.no-code")), "failure_code",
						"no_code"))) {
					attempts.record(attempt, actor, "WHATSAPP_SIGNUP_NO_CODE", Phase.FAILED, Outcome.error("Finished without a code"),
							details("event", event));
				}
				return attempts.reload(attempt);
			}
			String step = Completion.text(completion.currentStep(), 60);
			if (attempts.move(attempt, AttemptStatus.STARTED, AttemptStatus.CANCELLED,
					Changes.of("meta_event", event, "current_step", step, "failure", messages.getMessage(Explanations.cancelled(step))))) {
				attempts.record(attempt, actor, "WHATSAPP_SIGNUP_CANCELLED", Phase.FAILED,
						Outcome.error((step != null) ? "Cancelled at " + step : "Closed without finishing"),
						details("event", event, "currentStep", step));
			}
			return attempts.reload(attempt);
		}
		String wabaId = Completion.digits(completion.wabaId());
		String phoneNumberId = Completion.digits(completion.phoneNumberId());
		String businessId = Completion.digits(completion.businessId());
		if (!attempts.move(attempt, AttemptStatus.STARTED, AttemptStatus.CODE_RECEIVED,
				Changes.of("meta_event", event, "waba_id", wabaId, "phone_number_id", phoneNumberId, "business_id", businessId))) {
			return attempts.reload(attempt);
		}
		attempts.record(attempt, actor, "WHATSAPP_SIGNUP_CODE_RECEIVED", Phase.SUCCEEDED,
				Outcome.ok(details("event", event, "wabaId", wabaId, "phoneNumberId", phoneNumberId, "businessId", businessId)),
				null);
		verifyAndRequest(attempts.reload(attempt), completion.code(), null, actor, false);
		return attempts.reload(attempt);
	}

	/**
	 * Starts the redirect flow for an attempt not yet finished with Meta: the dialog's address with a fresh state,
	 * and the value the browser is to keep in a cookie, without which Meta's redirect back is refused.
	 */
	DialogRedirect redirectToDialog(String nonce, SignupAttempts.Scope scope, Function<SignupAttempt, String> returnPath) {
		SignupAttempt attempt = attempts.byNonce(nonce, scope);
		String browserKey = SignupStore.randomSecret();
		String state = attempts.bindRedirectState(attempt, browserKey, returnPath.apply(attempt));
		attempts.record(attempt, attempts.actorOf(attempt), "WHATSAPP_SIGNUP_REDIRECT", Phase.SUCCEEDED,
				Outcome.ok(Map.of("flow", "REDIRECT")), null);
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
		return new DialogRedirect(attempt, url, state, browserKey);
	}

	/**
	 * Meta's redirect back: the state must be one the portal issued, unused and unexpired, and the browser the one
	 * that left with it. A code is exchanged with the same redirect URI; the WABAs and numbers come from Graph and
	 * the user picks the number.
	 */
	SignupAttempts.ReturningAttempt callback(String state, String browserKey, String code, String error) {
		SignupAttempts.ReturningAttempt returning = attempts.byRedirectState(state, browserKey);
		return new SignupAttempts.ReturningAttempt(answer(returning.attempt(), code, error), returning.returnPath());
	}

	private SignupAttempt answer(SignupAttempt attempt, String code, String error) {
		Actor actor = attempts.actorOf(attempt);
		if (error != null || code == null || code.isBlank()) {
			if (attempts.move(attempt, AttemptStatus.STARTED, AttemptStatus.CANCELLED,
					Changes.of("meta_event", "REDIRECT_" + Completion.text(error != null ? error : "no_code", 40), "failure",
							messages.getMessage(Explanations.cancelled(null))))) {
				attempts.record(attempt, actor, "WHATSAPP_SIGNUP_CANCELLED", Phase.FAILED, Outcome.error("Meta: " + error), null);
			}
			return attempts.reload(attempt);
		}
		if (!attempts.move(attempt, AttemptStatus.STARTED, AttemptStatus.CODE_RECEIVED, Changes.of("meta_event", "REDIRECT"))) {
			return attempts.reload(attempt);
		}
		attempts.record(attempt, actor, "WHATSAPP_SIGNUP_CODE_RECEIVED", Phase.SUCCEEDED, Outcome.ok(Map.of("flow", "REDIRECT")), null);
		verifyAndRequest(attempts.reload(attempt), code, redirectUri(), actor, true);
		return attempts.reload(attempt);
	}

	/** The number chosen on the specialist's page, which names the attempt by its nonce. */
	SignupAttempt pick(String nonce, String phoneNumberId, SignupAttempts.Scope scope) {
		return pick(attempts.byNonce(nonce, scope), phoneNumberId);
	}

	/** The number chosen on the customer's link page, which names the link's attempt by its id. */
	SignupAttempt pickForLink(SignupLink link, String attemptId, String phoneNumberId) {
		return pick(attempts.awaitingNumber(link, attemptId), phoneNumberId);
	}

	/** The number chosen for an attempt that finished without one; it must be one Graph showed for the token. */
	private SignupAttempt pick(SignupAttempt attempt, String phoneNumberId) {
		if (attempt.status() != AttemptStatus.NEEDS_NUMBER) {
			return attempt;
		}
		PhoneChoice choice = attempt.phoneChoices()
			.stream()
			.filter(candidate -> candidate.phoneNumberId().equals(phoneNumberId))
			.findFirst()
			.orElseThrow(() -> refused(Messages.of("whatsapp.signup.number.unknown")));
		Actor actor = attempts.actorOf(attempt);
		if (attempts.move(attempt, AttemptStatus.NEEDS_NUMBER, AttemptStatus.VERIFIED,
				Changes.of("waba_id", choice.wabaId(), "phone_number_id", choice.phoneNumberId(), "failure", null))) {
			attempts.record(attempt, actor, "WHATSAPP_SIGNUP_NUMBER_CHOSEN", Phase.SUCCEEDED,
					Outcome.ok(Map.of("wabaId", choice.wabaId(), "phoneNumberId", choice.phoneNumberId())), null);
			requestSender(attempts.reload(attempt), actor);
		}
		return attempts.reload(attempt);
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
			attempts.fail(attempt, AttemptStatus.CODE_RECEIVED, "meta_" + ex.errorCode(),
					messages.getMessage(Explanations.graph(ex)));
			return;
		}
		catch (SignupRefused ex) {
			auditLog.failed(audit, Outcome.error(ex.getMessage()));
			attempts.fail(attempt, AttemptStatus.CODE_RECEIVED, "not_granted", ex.getMessage());
			return;
		}
		auditLog.succeeded(audit, Outcome.ok(details("wabaId", verified.wabaId(), "phoneNumberId", verified.phoneNumberId(),
				"choices", verified.choices().size())));
		if (verified.phoneNumberId() != null && !alwaysPick) {
			if (attempts.move(attempt, AttemptStatus.CODE_RECEIVED, AttemptStatus.VERIFIED,
					Changes.of("waba_id", verified.wabaId(), "phone_number_id", verified.phoneNumberId()))) {
				requestSender(attempts.reload(attempt), actor);
			}
			return;
		}
		String failure = messages.getMessage(verified.choices().isEmpty() ? Messages.of("whatsapp.signup.number.none")
				: Messages.of("whatsapp.signup.number.choose"));
		if (attempts.move(attempt, AttemptStatus.CODE_RECEIVED, AttemptStatus.NEEDS_NUMBER,
				Changes.of("waba_id", verified.wabaId(), "phone_choices", verified.choices(), "failure", failure))) {
			attempts.record(attempt, actor, "WHATSAPP_SIGNUP_NEEDS_NUMBER", Phase.SUCCEEDED,
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
			throw refused(Messages.of("whatsapp.signup.token.other-app"));
		}
		List<String> wabas;
		if (attempt.wabaId() != null) {
			if (!facts.wabaIds().contains(attempt.wabaId())) {
				throw refused(Messages.of("whatsapp.signup.waba.not-shared"));
			}
			wabas = List.of(attempt.wabaId());
		}
		else {
			wabas = facts.wabaIds().stream().sorted().toList();
		}
		if (wabas.isEmpty()) {
			throw refused(Messages.of("whatsapp.signup.waba.none-shared"));
		}
		List<PhoneChoice> choices = new ArrayList<>();
		for (String waba : wabas) {
			choices.addAll(graph.phoneNumbers(waba, token));
		}
		String phone = attempt.phoneNumberId();
		if (phone != null) {
			if (choices.stream().noneMatch(choice -> choice.phoneNumberId().equals(phone))) {
				throw refused(Messages.of("whatsapp.signup.number.not-in-waba"));
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
		WhatsAppSender sender;
		try {
			sender = changes.send(by(AuditEntry.of("WHATSAPP_SENDER_CREATE").project(attempt.projectId())
				.resource("whatsapp-sender", null)
				.request(body), actor), () -> senders.createSender(attempt.projectId(), body),
					created -> Map.of("id", created.id(), "state", String.valueOf(created.state()), "signupAttempt",
							attempt.id().toString()));
		}
		catch (SinchApiException ex) {
			attempts.fail(attempt, AttemptStatus.VERIFIED, ex.errorCode(), messages.getMessage(Explanations.sinch(ex)));
			return;
		}
		catch (SinchException ex) {
			attempts.fail(attempt, AttemptStatus.VERIFIED, "sinch_unreachable", messages.getMessage(
					Messages.of("whatsapp.signup.unreachable.maybe-created", Messages.of("sinch.unreachable"))));
			return;
		}
		attempts.move(attempt, AttemptStatus.VERIFIED, AttemptStatus.SENDER_REQUESTED, Changes.of("sender_id", sender.id()));
		if (attempt.linkId() != null) {
			links.markUsed(attempt.linkId());
		}
		String status = SenderStatus.of(sender);
		statusWatch.watch(WhatsAppCallbacks.sender(attempt.projectId(), sender.id()), status);
		if (!status.contains("IN_PROGRESS") && !status.isEmpty()) {
			settle(attempts.reload(attempt), status, actor);
		}
	}

	/** Sinch finished (or failed) setting up a sender an attempt requested, seen through a callback or reconciliation. */
	@EventListener
	void onStatusChanged(StatusChanged changed) {
		if (!WhatsAppCallbacks.SENDER.equals(changed.resource().kind()) || !changed.settled()) {
			return;
		}
		Actor actor = (changed.source() == StatusChanged.Source.CALLBACK) ? Actor.SINCH : Actor.SYSTEM;
		for (SignupAttempt attempt : attempts.waitingForSender(changed.resource().projectId(), changed.resource().resourceId())) {
			settle(attempt, changed.state(), actor);
		}
	}

	private void settle(SignupAttempt attempt, String senderStatus, Actor actor) {
		String state = senderStatus.split("/")[0];
		if ("ACTIVE".equals(state)) {
			if (attempts.move(attempt, AttemptStatus.SENDER_REQUESTED, AttemptStatus.ACTIVE, Changes.none())) {
				attempts.record(attempt, actor, "WHATSAPP_SIGNUP_FINISHED", Phase.SUCCEEDED,
						Outcome.ok(Map.of("senderId", attempt.senderId(), "state", senderStatus)), null);
			}
			return;
		}
		String failure = messages.getMessage(StatusChanged.GONE.equals(state) ? Messages.of("whatsapp.signup.sender.deleted")
				: Messages.of("whatsapp.signup.sender.failed", senderStatus));
		if (attempts.move(attempt, AttemptStatus.SENDER_REQUESTED, AttemptStatus.ERROR,
				Changes.of("failure", failure, "failure_code", state))) {
			attempts.record(attempt, actor, "WHATSAPP_SIGNUP_FINISHED", Phase.FAILED, Outcome.error("Sender " + senderStatus), null);
		}
	}

	/** Where to send the browser, and the state with the value the browser keeps for it. */
	record DialogRedirect(SignupAttempt attempt, String url, String state, String browserKey) {

		@Override
		public String toString() {
			return "DialogRedirect[attempt=" + attempt.id() + "]";
		}

	}

	private record Verified(String wabaId, String phoneNumberId, List<PhoneChoice> choices) {

	}

	/** Resolved now: the refusal page shows its text. */
	private SignupRefused refused(MessageSourceResolvable message) {
		return new SignupRefused(messages.getMessage(message));
	}

}
