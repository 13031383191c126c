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

	/**
	 * The same attempt, its outcome naming the resource the change made (a create knows its id only from Sinch's
	 * answer), so the resource's timeline starts with its creation.
	 */
	public AuditAttempt naming(String resourceId) {
		return new AuditAttempt(id, entry.resource(entry.resourceType(), resourceId), origin);
	}

	AuditEntry entry() {
		return entry;
	}

	Origin origin() {
		return origin;
	}

}
