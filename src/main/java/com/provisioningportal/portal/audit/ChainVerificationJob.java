package com.provisioningportal.portal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Verifies the whole chain once a day. Several portal instances share the database; a session-level advisory
 * lock, held on a connection of its own for the length of the walk, lets one of them run it.
 */
class ChainVerificationJob {

	private static final Logger log = LoggerFactory.getLogger(ChainVerificationJob.class);

	static final long JOB_LOCK = 0x4155_4449_545f_5646L;

	private final ChainVerifier verifier;

	private final ChainStatus status;

	private final DataSource dataSource;

	ChainVerificationJob(ChainVerifier verifier, ChainStatus status, DataSource dataSource) {
		this.verifier = verifier;
		this.status = status;
		this.dataSource = dataSource;
	}

	@Scheduled(cron = "${portal.audit.verification-cron:0 17 3 * * *}", zone = "UTC")
	void verifyDaily() throws SQLException {
		try (Connection lock = dataSource.getConnection()) {
			if (!lock(lock, "select pg_try_advisory_lock(?)")) {
				log.info("Audit chain verification skipped: another portal instance is running it");
				return;
			}
			try {
				status.update(verifier.verifyAll());
			}
			finally {
				lock(lock, "select pg_advisory_unlock(?)");
			}
		}
	}

	private static boolean lock(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, JOB_LOCK);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

}
