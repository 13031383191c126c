package com.provisioningportal.portal.audit;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import com.provisioningportal.portal.web.Messages;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The write API every feature uses. Before a change: {@link #attempt}, which commits the ATTEMPT row on its own
 * and throws {@link AuditUnavailableException} when it cannot, so the change is never made unrecorded. After it:
 * {@link #succeeded} or {@link #failed} with the attempt. Facts that are not changes of ours (a sign-in, a refused
 * request) are written with {@link #record} and {@link #denied}.
 */
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	static final int DETAIL_LENGTH = 1000;

	private final AuditStore store;

	private final AuditValues values;

	private final Clock clock;

	private final GroupCommit ownTransactions;

	private final TransactionTemplate callersTransaction;

	AuditLog(AuditStore store, AuditValues values, Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.values = values;
		this.clock = clock;
		TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
		ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransactions = new GroupCommit(store, ownTransaction);
		this.callersTransaction = new TransactionTemplate(transactions);
		this.callersTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	/**
	 * Records that a change is about to be made, committed before this returns.
	 * @throws AuditUnavailableException when the row cannot be written; the change must then not be made
	 */
	public AuditAttempt attempt(AuditEntry entry) {
		Origin origin = origin(entry);
		AuditRow row = writeAlone(Phase.ATTEMPT, () -> content(entry, origin, Phase.ATTEMPT, null, true));
		return new AuditAttempt(row.id(), entry, origin);
	}

	/**
	 * Records that the attempted change worked. Joins the caller's transaction when there is one, so a local
	 * change and its SUCCEEDED row commit or roll back together.
	 * @return the row's id
	 */
	public long succeeded(AuditAttempt attempt, Outcome outcome) {
		return write(Phase.SUCCEEDED, () -> content(attempt.entry(), attempt.origin(), Phase.SUCCEEDED, outcome, false),
				row -> callersTransaction.execute(status -> store.append(row))).id();
	}

	/**
	 * Records that the attempted change did not work, in a transaction of its own so that a rollback of the
	 * caller's work never erases it.
	 * @return the row's id
	 */
	public long failed(AuditAttempt attempt, Outcome outcome) {
		return writeAlone(Phase.FAILED, () -> content(attempt.entry(), attempt.origin(), Phase.FAILED, outcome, false)).id();
	}

	/**
	 * Records that the attempted change was sent but no answer came, so Sinch may or may not have made it; in a
	 * transaction of its own. {@link UnknownOutcomes} settles it later.
	 * @return the row's id
	 */
	public long unknown(AuditAttempt attempt, Outcome outcome) {
		return writeAlone(Phase.UNKNOWN, () -> content(attempt.entry(), attempt.origin(), Phase.UNKNOWN, outcome, false)).id();
	}

	/**
	 * Appends the settled outcome of a change whose outcome was unknown, by the system, under its correlation id; a
	 * create found made names the resource, as its outcome row would have had the answer come.
	 */
	long settle(UnknownChange change, Phase phase, Outcome outcome) {
		String resourceId = change.resourceId();
		if (resourceId == null && outcome.after() instanceof Map<?, ?> made && made.get("id") instanceof String id) {
			resourceId = id;
		}
		AuditEntry entry = AuditEntry.of(change.action()).by(Actor.SYSTEM).project(change.projectId())
			.resource(change.resourceType(), resourceId);
		Origin origin = new Origin(Actor.SYSTEM, null, null, change.correlationId());
		return writeAlone(phase, () -> content(entry, origin, phase, outcome, false)).id();
	}

	/** Records a change that was refused before anything was tried (no permission), in its own transaction. */
	public long denied(AuditEntry entry, String reason) {
		return record(entry, Phase.DENIED, Outcome.error(reason));
	}

	/**
	 * Records a fact observed earlier from a client and written later (a minute's denied requests from one
	 * address), with that client's address, in its own transaction.
	 */
	long recordFrom(String clientIp, AuditEntry entry, Phase phase, Outcome outcome) {
		Origin origin = new Origin((entry.actor() != null) ? entry.actor() : Actor.ANONYMOUS, clientIp, null,
				UUID.randomUUID());
		return writeAlone(phase, () -> content(entry, origin, phase, outcome, true)).id();
	}

	/** Records a single fact with its outcome, e.g. a sign-in that worked or failed, in its own transaction. */
	public long record(AuditEntry entry, Phase phase, Outcome outcome) {
		return writeAlone(phase, () -> content(entry, origin(entry), phase, outcome, true)).id();
	}

	/**
	 * Runs a local change between its ATTEMPT and outcome rows: SUCCEEDED with {@code success}'s outcome when it
	 * returns (in the caller's transaction), FAILED with the exception's message when it throws, which is rethrown.
	 * For changes that call Sinch, use {@link #attempt} and map the upstream error into the outcome instead.
	 */
	public <T> T change(AuditEntry entry, Supplier<T> change, Function<? super T, Outcome> success) {
		AuditAttempt attempt = attempt(entry);
		T result;
		try {
			result = change.get();
		}
		catch (RuntimeException ex) {
			try {
				failed(attempt, Outcome.error((ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName()));
			}
			catch (AuditUnavailableException notRecorded) {
				// The change failed and made nothing; its own error is what the user needs to see.
				ex.addSuppressed(notRecorded);
			}
			throw ex;
		}
		succeeded(attempt, success.apply(result));
		return result;
	}

	/** In a transaction of its own, committed (with whichever rows other threads wrote at once) when this returns. */
	private AuditRow writeAlone(Phase phase, Supplier<AuditContent> content) {
		return write(phase, content, ownTransactions::append);
	}

	private AuditRow write(Phase phase, Supplier<AuditContent> content, Function<AuditContent, AuditRow> append) {
		try {
			return append.apply(content.get());
		}
		catch (DataAccessException | TransactionException | JacksonException ex) {
			log.error("An audit row could not be written: {}", ex.getMessage());
			throw new AuditUnavailableException((phase == Phase.ATTEMPT) ? Messages.of("audit.unavailable.attempt")
					: Messages.of("audit.unavailable.outcome"), ex);
		}
	}

	private Origin origin(AuditEntry entry) {
		Origin current = Origins.current();
		return (entry.actor() != null) ? current.withActor(entry.actor()) : current;
	}

	/** An outcome row leaves the request to its ATTEMPT row but repeats the state before, so it shows a whole diff. */
	private AuditContent content(AuditEntry entry, Origin origin, Phase phase, @Nullable Outcome outcome,
			boolean withRequest) {
		return new AuditContent(CanonicalForm.truncate(clock.instant()), AuditValues.text(origin.actor().name(), 200),
				AuditValues.text(origin.actor().rolesText(), 200), AuditValues.text(origin.clientIp(), 64),
				origin.userAgent(), AuditValues.text(entry.action(), 64), AuditValues.text(entry.projectId(), 64),
				AuditValues.text(entry.resourceType(), 64), AuditValues.text(entry.resourceId(), 200), phase,
				origin.correlationId(), withRequest ? values.json(entry.request()) : null,
				values.json(entry.before()), (outcome != null) ? values.json(outcome.after()) : null,
				(outcome != null) ? outcome.upstreamStatus() : null,
				(outcome != null) ? AuditValues.text(outcome.errorCode(), 64) : null,
				(outcome != null) ? AuditValues.text(outcome.detail(), DETAIL_LENGTH) : null);
	}

}
