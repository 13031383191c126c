package com.provisioningportal.portal.projects;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.provisioningportal.portal.audit.AuditAttempt;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.SinchUnreachableException;

import org.springframework.stereotype.Component;

/**
 * Every change a feature sends to Sinch goes through here: the attempt is recorded in the audit log first (no
 * record, no call), then the outcome, with Sinch's status and error code when it refused, or UNKNOWN when the
 * request went out and no answer came ({@link UnknownOutcomeSettling} settles those by asking Sinch). It lives beside the
 * projects, not in the gateway, so that the gateway depends on nothing but its own transport.
 */
@Component
public class SinchChanges {

	private final AuditLog auditLog;

	SinchChanges(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	/**
	 * Records the attempt, makes the call, records its outcome ({@code after} turns the result into what the log
	 * keeps), and returns the result or rethrows Sinch's refusal.
	 */
	public <T> T send(AuditEntry entry, Supplier<T> call, Function<? super T, Object> after) {
		return sendRecorded(entry, call, after).result();
	}

	/** As {@link #send}, also returning the outcome row's id, for a link to the audit entry that shows the change. */
	public <T> Recorded<T> sendRecorded(AuditEntry entry, Supplier<T> call, Function<? super T, Object> after) {
		AuditAttempt attempt = auditLog.attempt(entry);
		T result;
		try {
			result = call.get();
		}
		catch (SinchApiException ex) {
			auditLog.failed(attempt, Outcome.upstreamError(ex.status(), ex.errorCode(), ex.sinchMessage()));
			throw ex;
		}
		catch (SinchUnreachableException ex) {
			if (ex.mayHaveActed()) {
				auditLog.unknown(attempt, Outcome.error(ex.getMessage()));
			}
			else {
				auditLog.failed(attempt, Outcome.error(ex.getMessage()));
			}
			throw ex;
		}
		catch (SinchException ex) {
			auditLog.failed(attempt, Outcome.error(ex.getMessage()));
			throw ex;
		}
		Object summary = after.apply(result);
		AuditAttempt outcome = (entry.resourceId() == null && createdId(summary) != null) ? attempt.naming(createdId(summary))
				: attempt;
		return new Recorded<>(result, auditLog.succeeded(outcome, Outcome.ok(summary)));
	}

	/** The id in a create's summary, which its attempt could not name yet. */
	private static String createdId(Object summary) {
		return (summary instanceof Map<?, ?> fields && fields.get("id") instanceof String id) ? id : null;
	}

	/**
	 * A change Sinch accepted.
	 *
	 * @param result what the call returned
	 * @param auditId the id of the audit row that records the outcome, with the state before and after
	 */
	public record Recorded<T>(T result, long auditId) {

	}

}
