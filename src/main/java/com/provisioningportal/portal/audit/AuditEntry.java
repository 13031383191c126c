package com.provisioningportal.portal.audit;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What a change is about, as a feature describes it: the action ({@code WEBHOOK_UPDATE}), the project and
 * resource it touches, the request sent and the state before. Any object that Jackson can render may be given
 * for {@code request} and {@code before}; secrets in them are masked before anything is stored.
 */
public record AuditEntry(String action, @Nullable String projectId, @Nullable String resourceType,
		@Nullable String resourceId, @Nullable Object request, @Nullable Object before, @Nullable Actor actor) {

	public AuditEntry {
		Objects.requireNonNull(action, "action");
	}

	public static AuditEntry of(String action) {
		return new AuditEntry(action, null, null, null, null, null, null);
	}

	public AuditEntry project(@Nullable String projectId) {
		return new AuditEntry(action, projectId, resourceType, resourceId, request, before, actor);
	}

	public AuditEntry resource(@Nullable String type, @Nullable String id) {
		return new AuditEntry(action, projectId, type, id, request, before, actor);
	}

	public AuditEntry request(@Nullable Object request) {
		return new AuditEntry(action, projectId, resourceType, resourceId, request, before, actor);
	}

	public AuditEntry before(@Nullable Object before) {
		return new AuditEntry(action, projectId, resourceType, resourceId, request, before, actor);
	}

	/** Names the actor instead of taking the signed-in user: {@link Actor#SINCH}, {@link Actor#SYSTEM}, … */
	public AuditEntry by(Actor actor) {
		return new AuditEntry(action, projectId, resourceType, resourceId, request, before, actor);
	}

}
