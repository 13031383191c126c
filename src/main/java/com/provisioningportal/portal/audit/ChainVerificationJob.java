package com.provisioningportal.portal.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Verifies the whole chain once a day. Several portal instances share the database; a lock lets one run it. */
class ChainVerificationJob {

	private static final Logger log = LoggerFactory.getLogger(ChainVerificationJob.class);

	static final long JOB_LOCK = 0x4155_4449_545f_5646L;

	private final ChainVerifier verifier;

	private final ChainStatus status;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ChainVerificationJob(ChainVerifier verifier, ChainStatus status, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.verifier = verifier;
		this.status = status;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	@Scheduled(cron = "${portal.audit.verification-cron:0 17 3 * * *}", zone = "UTC")
	void verifyDaily() {
		transaction.executeWithoutResult(tx -> {
			Boolean mine = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", JOB_LOCK).query(Boolean.class).single();
			if (!Boolean.TRUE.equals(mine)) {
				log.info("Audit chain verification skipped: another portal instance is running it");
				return;
			}
			status.update(verifier.verifyAll());
		});
	}

}
