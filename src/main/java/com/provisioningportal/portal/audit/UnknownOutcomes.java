package com.provisioningportal.portal.audit;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The changes whose outcome is {@link Phase#UNKNOWN}, for whoever can ask Sinch how they ended, and the rows that
 * settle them: SUCCEEDED when Sinch shows the change, FAILED when it does not. The UNKNOWN row stays, as every
 * row does; the settled row follows it under the same correlation id.
 */
@Service
public class UnknownOutcomes {

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	UnknownOutcomes(JdbcClient jdbc, AuditLog auditLog) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	/** The unsettled ones, oldest first. */
	public List<UnknownChange> unsettled(int limit) {
		return jdbc.sql("""
				select u.id, u.action, u.project_id, u.resource_type, u.resource_id, u.correlation_id,
				       cast(a.request as text) as request, a.occurred_at
				  from audit_event u
				  join audit_event a on a.correlation_id = u.correlation_id and a.phase = 'ATTEMPT' and a.action = u.action
				 where u.phase = 'UNKNOWN'
				   and not exists (select 1 from audit_event s
				                    where s.correlation_id = u.correlation_id and s.action = u.action and s.id > u.id
				                      and s.phase in ('SUCCEEDED', 'FAILED'))
				 order by u.id
				 limit :limit""")
			.param("limit", limit)
			.query((row, number) -> new UnknownChange(row.getLong("id"), row.getString("action"),
					row.getString("project_id"), row.getString("resource_type"), row.getString("resource_id"),
					row.getObject("correlation_id", UUID.class), json(row.getString("request")),
					row.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	/** Sinch shows the change: it was made. */
	public long made(UnknownChange change, Outcome outcome) {
		return auditLog.settle(change, Phase.SUCCEEDED, outcome);
	}

	/** Sinch does not show the change: it was not made. */
	public long notMade(UnknownChange change, String detail) {
		return auditLog.settle(change, Phase.FAILED, Outcome.error(detail));
	}

	private static @Nullable JsonNode json(@Nullable String text) {
		return (text == null) ? null : AuditConfiguration.MAPPER.readTree(text);
	}

}
