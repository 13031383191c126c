package com.provisioningportal.portal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.provisioningportal.portal.web.SiteNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whether the database user the portal connects as could rewrite the audit log: as its owner or a superuser it
 * could switch the append-only triggers off, and with UPDATE, DELETE or TRUNCATE it could change rows directly.
 * Checked at start-up; a user that could is reported as a degraded audit health and a warning to administrators,
 * since the hash chain alone does not hold against whoever may recompute it.
 */
class AuditPrivileges implements HealthIndicator, SiteNotices {

	private static final Logger log = LoggerFactory.getLogger(AuditPrivileges.class);

	static final Status DEGRADED = new Status("DEGRADED", "The portal's database user could rewrite the audit log");

	private final JdbcClient jdbc;

	private final AtomicReference<List<String>> excess = new AtomicReference<>(List.of());

	AuditPrivileges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		try {
			List<String> found = excessPrivileges(jdbc);
			excess.set(found);
			if (!found.isEmpty()) {
				log.warn("The portal's database user could rewrite the audit log ({}); connect as a role with only "
						+ "INSERT and SELECT on audit_event", String.join(", ", found));
			}
		}
		catch (DataAccessException ex) {
			log.error("Could not check the database user's privileges on the audit log: {}", ex.getMessage());
		}
	}

	/** What the current database user may do to the audit table beyond adding and reading rows. */
	static List<String> excessPrivileges(JdbcClient jdbc) {
		return jdbc.sql("""
				select r.rolsuper as superuser, pg_has_role(current_user, c.relowner, 'USAGE') as owner,
				       has_table_privilege(current_user, c.oid, 'UPDATE') as can_update,
				       has_table_privilege(current_user, c.oid, 'DELETE') as can_delete,
				       has_table_privilege(current_user, c.oid, 'TRUNCATE') as can_truncate
				  from pg_roles r, pg_class c
				 where r.rolname = current_user and c.oid = 'audit_event'::regclass""")
			.query((rs, row) -> {
				List<String> found = new ArrayList<>();
				addIf(found, rs.getBoolean("superuser"), "superuser");
				addIf(found, rs.getBoolean("owner"), "owner of audit_event");
				addIf(found, rs.getBoolean("can_update"), "UPDATE");
				addIf(found, rs.getBoolean("can_delete"), "DELETE");
				addIf(found, rs.getBoolean("can_truncate"), "TRUNCATE");
				return List.copyOf(found);
			})
			.single();
	}

	@Override
	public Health health() {
		List<String> found = excess.get();
		return found.isEmpty() ? Health.up().build() : Health.status(DEGRADED).withDetail("privileges", found).build();
	}

	@Override
	public List<String> forAdministrators() {
		List<String> found = excess.get();
		if (found.isEmpty()) {
			return List.of();
		}
		return List.of("The portal connects to its database as a user who could rewrite the audit log ("
				+ String.join(", ", found) + "). Connect as a role that may only insert and read audit rows; "
				+ "the README section Least privilege says how.");
	}

	private static void addIf(List<String> found, boolean condition, String privilege) {
		if (condition) {
			found.add(privilege);
		}
	}

}
