package com.provisioningportal.portal.whatsapp;

import java.util.function.Function;
import java.util.function.Supplier;

import com.provisioningportal.portal.audit.AuditAttempt;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;

import org.springframework.stereotype.Component;

/**
 * A change sent to Sinch, audited: the attempt is recorded first (no record, no call), then the outcome with
 * Sinch's status and error code when it refused.
 */
@Component
class UpstreamChanges {

	private final AuditLog auditLog;

	UpstreamChanges(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	<T> T send(AuditEntry entry, Supplier<T> call, Function<? super T, Object> after) {
		AuditAttempt attempt = auditLog.attempt(entry);
		try {
			T result = call.get();
			auditLog.succeeded(attempt, Outcome.ok(after.apply(result)));
			return result;
		}
		catch (SinchApiException ex) {
			auditLog.failed(attempt, Outcome.upstreamError(ex.status(), ex.errorCode(), ex.sinchMessage()));
			throw ex;
		}
		catch (SinchException ex) {
			auditLog.failed(attempt, Outcome.error(ex.getMessage()));
			throw ex;
		}
	}

}
