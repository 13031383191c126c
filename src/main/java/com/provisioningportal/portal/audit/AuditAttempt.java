package com.provisioningportal.portal.audit;

import java.util.UUID;

/**
 * A committed ATTEMPT row. Hand it to {@link AuditLog#succeeded} or {@link AuditLog#failed} after the change,
 * so the outcome carries the same correlation id, action, resource and actor.
 */
public final class AuditAttempt {

	private final long id;

	private final AuditEntry entry;

	private final Origin origin;

	AuditAttempt(long id, AuditEntry entry, Origin origin) {
		this.id = id;
		this.entry = entry;
		this.origin = origin;
	}

	/** The ATTEMPT row's id, for a link to the audit entry. */
	public long id() {
		return id;
	}

	public UUID correlationId() {
		return origin.correlationId();
	}

	AuditEntry entry() {
		return entry;
	}

	Origin origin() {
		return origin;
	}

}
