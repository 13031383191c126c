package com.provisioningportal.portal.audit;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a checkpoint of the chain's head, but only of a head it has just verified (since the newest checkpoint):
 * signing a log that was already changed would vouch for the change.
 */
class CheckpointSigner {

	/** Held while a checkpoint is written, so two instances never write the same next number. */
	static final long SIGNING_LOCK = 0x4155_4449_545f_434bL;

	private final AuditVerification verification;

	private final ChainStatus status;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CheckpointSigner(AuditVerification verification, ChainStatus status, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock) {
		this.verification = verification;
		this.status = status;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What was verified, and the checkpoint signed after it: none when the log is broken or still empty. */
	record Signing(ChainVerification verification, @Nullable SignedCheckpoint checkpoint) {

	}

	Signing verifyAndSign() {
		ChainVerification verified = verification.verifySinceNewestCheckpoint();
		status.update(verified);
		Long headId = verified.lastId();
		String headHash = verified.headHash();
		if (!verified.intact() || headId == null || headHash == null) {
			return new Signing(verified, null);
		}
		SignedCheckpoint signed = transaction.execute(tx -> {
			jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", SIGNING_LOCK).query().singleRow();
			return verification.checkpoints().sign(headId, headHash, verified.headRows(), clock.instant());
		});
		return new Signing(verified, signed);
	}

}
