package com.provisioningportal.portal.audit;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Makes the audit log unable to record anything for the duration of an action, the way a struggling database
 * would: another session holds the chain lock past the audit log's lock timeout. For tests of other features.
 */
public final class AuditOutage {

	private AuditOutage() {
	}

	@FunctionalInterface
	public interface Action {

		void run() throws Exception;

	}

	public static void during(DataSource dataSource, Action action) throws Exception {
		try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.execute("select pg_advisory_xact_lock(" + AuditStore.CHAIN_LOCK + ")");
			try {
				action.run();
			}
			finally {
				holder.rollback();
			}
		}
	}

}
