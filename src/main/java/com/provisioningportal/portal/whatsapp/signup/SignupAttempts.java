package com.provisioningportal.portal.whatsapp.signup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.Phase;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.whatsapp.signup.SignupStore.Changes;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;

import static com.provisioningportal.portal.whatsapp.signup.SignupAudit.by;
import static com.provisioningportal.portal.whatsapp.signup.SignupAudit.entry;

/**
 * A signup attempt's life: started by a specialist or by a customer's click on their link, found again only by the
 * nonce its page holds, the state Meta's redirect carries back to the browser that left with it, or as the latest
 * attempt of the customer's link, and moved from one {@link AttemptStatus} to the next, each move at most once and
 * only to a status that may follow; revoking its link withdraws it. The store records every move; the audit log
 * every step.
 */
@Service
class SignupAttempts {

	static final Duration SPECIALIST_NONCE_LIFETIME = Duration.ofHours(12);

	static final Duration STATE_LIFETIME = Duration.ofMinutes(15);

	/** The moves an attempt can make; any other is a mistake in the code, never something a page can cause. */
	private static final Map<AttemptStatus, Set<AttemptStatus>> NEXT = Map.of(
			AttemptStatus.STARTED,
			Set.of(AttemptStatus.CODE_RECEIVED, AttemptStatus.CANCELLED, AttemptStatus.META_ERROR, AttemptStatus.ERROR),
			AttemptStatus.CODE_RECEIVED, Set.of(AttemptStatus.VERIFIED, AttemptStatus.NEEDS_NUMBER, AttemptStatus.ERROR),
			AttemptStatus.NEEDS_NUMBER, Set.of(AttemptStatus.VERIFIED),
			AttemptStatus.VERIFIED, Set.of(AttemptStatus.SENDER_REQUESTED, AttemptStatus.ERROR),
			AttemptStatus.SENDER_REQUESTED, Set.of(AttemptStatus.ACTIVE, AttemptStatus.ERROR));

	private final SignupStore store;

	private final AuditLog auditLog;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	SignupAttempts(SignupStore store, AuditLog auditLog, Clock clock, MessageSource messageSource) {
		this.store = store;
		this.auditLog = auditLog;
		this.clock = clock;
		this.messages = new MessageSourceAccessor(messageSource);
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

	/** The attempts still waiting for Sinch to set up the sender they asked for. */
	List<SignupAttempt> waitingForSender(String projectId, String senderId) {
		return store.attemptsOfSender(projectId, senderId)
			.stream()
			.filter(attempt -> attempt.status() == AttemptStatus.SENDER_REQUESTED)
			.toList();
	}

	/** "Do it now": a new attempt run by the signed-in specialist. */
	PageAttempt startBySpecialist(String projectId, SignupDefaults defaults, String specialist) {
		Instant now = clock.instant();
		return start(projectId, null, specialist, defaults, now.plus(SPECIALIST_NONCE_LIFETIME), null);
	}

	/**
	 * The customer's click on their link page: the attempt not yet finished with Meta, or a new one when there is
	 * none or the last ended without a live number; empty when the last is past Meta's dialog, so there is nothing
	 * to start. Its nonce is bound to the link and lives as long as the link, so a customer long in Meta's dialog
	 * keeps the attempt even when their session ends.
	 */
	Optional<PageAttempt> startForLink(SignupLink link) {
		refuseUnlessOpen(link);
		Optional<SignupAttempt> latest = store.latestOfLink(link.id());
		if (latest.isPresent() && latest.get().status() == AttemptStatus.STARTED) {
			return Optional.of(new PageAttempt(latest.get(), freshNonce(latest.get())));
		}
		if (latest.isPresent() && !latest.get().status().finished() && latest.get().status() != AttemptStatus.NEEDS_NUMBER) {
			return Optional.empty();
		}
		return Optional.of(start(link.projectId(), link.id(), link.createdBy(),
				new SignupDefaults(link.region(), link.metaLocalStorage()), link.expiresAt(), new Actor(link.actorName(), List.of())));
	}

	/** The link's attempt waiting for the customer to choose a number, named by the page that shows the choices. */
	SignupAttempt awaitingNumber(SignupLink link, String attemptId) {
		refuseUnlessOpen(link);
		SignupAttempt attempt = store.latestOfLink(link.id())
			.filter(latest -> latest.id().toString().equals(attemptId))
			.orElseThrow(() -> refused(Messages.of("whatsapp.signup.page.out-of-date")));
		refuseIfWithdrawn(attempt);
		return attempt;
	}

	/**
	 * Revoking a link ends at once its attempts still with Meta or waiting for a number, each recorded as it ends
	 * with the specialist as actor; the steps their pages still try are refused from then on.
	 */
	void withdraw(SignupLink link) {
		String failure = messages.getMessage(Messages.of("whatsapp.signup.attempt.withdrawn"));
		for (UUID id : store.withdrawOpenAttempts(link.id(), failure, clock.instant())) {
			auditLog.record(entry("WHATSAPP_SIGNUP_WITHDRAWN", link.projectId(), id.toString())
				.request(Map.of("link", link.id().toString())), Phase.FAILED, Outcome.error("The link was revoked"));
		}
	}

	private void refuseUnlessOpen(SignupLink link) {
		SignupLink.State state = link.state(clock.instant());
		if (state == SignupLink.State.REVOKED) {
			throw withdrawn();
		}
		if (state != SignupLink.State.OPEN) {
			throw refused(Messages.of("whatsapp.signup.link.unusable"));
		}
	}

	/** A step of an attempt whose link was revoked, whatever the attempt's state, is answered with the withdrawn page. */
	private void refuseIfWithdrawn(SignupAttempt attempt) {
		if (attempt.status() == AttemptStatus.WITHDRAWN || (attempt.linkId() != null
				&& store.link(attempt.linkId()).map(link -> link.revokedAt() != null).orElse(false))) {
			throw withdrawn();
		}
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

	/** The attempt a page's nonce stands for, refused unless it is current and the page is one the attempt belongs to. */
	SignupAttempt byNonce(String nonce, Scope scope) {
		if (nonce == null || nonce.isBlank() || nonce.length() > 100) {
			throw refused(Messages.of("whatsapp.signup.page.out-of-date"));
		}
		SignupAttempt attempt = store.attemptByNonce(nonce)
			.orElseThrow(() -> refused(Messages.of("whatsapp.signup.page.out-of-date")));
		if (!scope.covers(attempt)) {
			throw refused(Messages.of("whatsapp.signup.page.other-attempt"));
		}
		refuseIfWithdrawn(attempt);
		if (clock.instant().isAfter(attempt.nonceExpiresAt())) {
			throw refused(Messages.of("whatsapp.signup.page.expired"));
		}
		return attempt;
	}

	/**
	 * A fresh state for Meta's redirect flow, valid for {@link #STATE_LIFETIME} and only before Meta's dialog
	 * finished, bound to the browser that holds {@code browserKey} and to the page it returns to.
	 */
	String bindRedirectState(SignupAttempt attempt, String browserKey, String returnPath) {
		String state = SignupStore.randomSecret();
		Instant now = clock.instant();
		if (!store.bindState(attempt.id(), state, browserKey, SealedReturn.seal(browserKey, returnPath), now.plus(STATE_LIFETIME),
				now)) {
			throw refused(Messages.of("whatsapp.signup.attempt.past-dialog"));
		}
		return state;
	}

	/**
	 * The attempt whose state Meta's redirect carried back, with the page to return to: the state must be one the
	 * portal issued, unused and unexpired, and come back to the browser that left with it, and it is used up here.
	 * Another browser's arrival uses nothing up, so it cannot spoil the customer's own.
	 */
	ReturningAttempt byRedirectState(String state, String browserKey) {
		if (state == null || state.isBlank() || state.length() > 100) {
			throw refused(Messages.of("whatsapp.signup.answer.no-state"));
		}
		SignupAttempt attempt = store.attemptByState(state)
			.orElseThrow(() -> refused(Messages.of("whatsapp.signup.answer.unknown-state")));
		Actor actor = actorOf(attempt);
		SignupStore.StateBinding binding = store.stateBinding(attempt.id());
		if (binding.usedAt() != null) {
			throw refused(Messages.of("whatsapp.signup.answer.used"));
		}
		if (!sameBrowser(binding, browserKey)) {
			record(attempt, actor, "WHATSAPP_SIGNUP_CALLBACK_REFUSED", Phase.DENIED, Outcome.error("Another browser"), null);
			throw refused(Messages.of("whatsapp.signup.answer.other-browser"));
		}
		refuseIfWithdrawn(attempt);
		Instant now = clock.instant();
		if (!store.useState(attempt.id(), now)) {
			throw refused(Messages.of("whatsapp.signup.answer.used"));
		}
		if (attempt.status() != AttemptStatus.STARTED || now.isAfter(binding.expiresAt())) {
			record(attempt, actor, "WHATSAPP_SIGNUP_CALLBACK_REFUSED", Phase.DENIED, Outcome.error("Expired state"), null);
			throw refused(Messages.of("whatsapp.signup.answer.too-late"));
		}
		return new ReturningAttempt(attempt, SealedReturn.open(browserKey, binding.sealedReturn()).orElse(null));
	}

	private static boolean sameBrowser(SignupStore.StateBinding binding, String browserKey) {
		return browserKey != null && binding.browserHash() != null && MessageDigest.isEqual(SignupStore.hash(browserKey).getBytes(StandardCharsets.US_ASCII),
				binding.browserHash().getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Moves the attempt on if it still is where the caller saw it; {@code false} when another request moved it first
	 * (a duplicate or late event), which then changes nothing.
	 */
	boolean move(SignupAttempt attempt, AttemptStatus from, AttemptStatus to, Changes changes) {
		if (!NEXT.getOrDefault(from, Set.of()).contains(to)) {
			throw new IllegalArgumentException("A signup attempt does not move from " + from + " to " + to);
		}
		return store.move(attempt.id(), from, to, clock.instant(), changes);
	}

	/** Ends the attempt with what went wrong, in a sentence for the page and a code for the audit log. */
	void fail(SignupAttempt attempt, AttemptStatus from, String code, String sentence) {
		move(attempt, from, AttemptStatus.ERROR, Changes.of("failure", sentence, "failure_code", code));
	}

	SignupAttempt reload(SignupAttempt attempt) {
		return store.attempt(attempt.id()).orElseThrow();
	}

	/** The link's actor for a customer's steps; the signed-in specialist otherwise (the audit log's default). */
	Actor actorOf(SignupAttempt attempt) {
		if (attempt.linkId() == null) {
			return null;
		}
		return store.link(attempt.linkId()).map(link -> new Actor(link.actorName(), List.of())).orElse(null);
	}

	void record(SignupAttempt attempt, Actor actor, String action, Phase phase, Outcome outcome, Object request) {
		auditLog.record(by(entry(action, attempt.projectId(), attempt.id().toString()).request(request), actor), phase, outcome);
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

	/** An attempt about to be shown on a page, with the nonce only that page knows. */
	record PageAttempt(SignupAttempt attempt, String nonce) {

		@Override
		public String toString() {
			return "PageAttempt[attempt=" + attempt.id() + "]";
		}

	}

	/** An attempt Meta's redirect brought back, and the page its browser left from (null when unknown). */
	record ReturningAttempt(SignupAttempt attempt, String returnPath) {

		/** The customer's page names their link's token. */
		@Override
		public String toString() {
			return "ReturningAttempt[attempt=" + attempt.id() + "]";
		}

	}

	/** Resolved now: the refusal page shows its text. */
	private SignupRefused refused(MessageSourceResolvable message) {
		return new SignupRefused(messages.getMessage(message));
	}

	private SignupRefused withdrawn() {
		return SignupRefused.withdrawn(messages.getMessage(Messages.of("whatsapp.signup.link.withdrawn")));
	}

}
