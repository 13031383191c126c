package com.provisioningportal.portal.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import com.provisioningportal.portal.web.ProjectAccess;
import org.jspecify.annotations.Nullable;

/**
 * Which rows an auditor is looking at; every value optional. {@code to} is exclusive. {@code projectScope} null
 * reaches every row; otherwise only rows of these projects, none without a project (a team auditor's view).
 */
record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String projectId,
		@Nullable String resourceType, @Nullable String resourceId, @Nullable Phase phase, @Nullable Instant from,
		@Nullable Instant to, @Nullable Set<String> projectScope) {

	static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null, null, null);

	AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String projectId, @Nullable String resourceType,
			@Nullable String resourceId, @Nullable Phase phase, @Nullable Instant from, @Nullable Instant to) {
		this(actor, action, projectId, resourceType, resourceId, phase, from, to, null);
	}

	/** The same filter, narrowed to what the reader may see. */
	AuditFilter within(ProjectAccess.Scope scope) {
		return scope.all() ? this
				: new AuditFilter(actor, action, projectId, resourceType, resourceId, phase, from, to, scope.projectIds());
	}

	/** The SQL conditions (joined with {@code and}, each starting with it) and their parameters. */
	String where(BiConsumer<String, Object> parameters) {
		StringBuilder sql = new StringBuilder();
		Map<String, @Nullable Object> equal = new LinkedHashMap<>();
		equal.put("actor", actor);
		equal.put("action", action);
		equal.put("project_id", projectId);
		equal.put("resource_type", resourceType);
		equal.put("resource_id", resourceId);
		equal.put("phase", (phase != null) ? phase.name() : null);
		equal.forEach((column, value) -> {
			if (value != null) {
				sql.append(" and ").append(column).append(" = :").append(column);
				parameters.accept(column, value);
			}
		});
		if (from != null) {
			sql.append(" and occurred_at >= :from");
			parameters.accept("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC));
		}
		if (to != null) {
			sql.append(" and occurred_at < :to");
			parameters.accept("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
		}
		if (projectScope != null && projectScope.isEmpty()) {
			sql.append(" and false");
		}
		else if (projectScope != null) {
			sql.append(" and project_id in (:projectScope)");
			parameters.accept("projectScope", List.copyOf(projectScope));
		}
		return sql.toString();
	}

	boolean isResourceTimeline() {
		return resourceType != null && resourceId != null;
	}

}
