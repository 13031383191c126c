package com.provisioningportal.portal.audit;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import com.provisioningportal.testsupport.DatabaseOwner;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log as the database's owner handles it: the portal's own verification and signing, but on the owner's
 * connections, so they see what the owner's transaction did to the rows.
 */
final class AsOwner {

	final JdbcClient jdbc;

	final TransactionTemplate transactions;

	final AuditStore store;

	final ChainVerifier verifier;

	AsOwner(DatabaseOwner owner) {
		this.jdbc = owner.jdbc();
		this.transactions = owner.transactions();
		this.store = new AuditStore(jdbc, AuditConfiguration.MAPPER, Duration.ofSeconds(5));
		this.verifier = new ChainVerifier(jdbc, store, Clock.systemUTC());
	}

	/** Verification against checkpoints signed with the dev key into {@code digests}. */
	AuditVerification verification(Path digests) {
		return new AuditVerification(verifier,
				new AuditCheckpoints(digests, AuditSigningKey.parse(AuditSigningKeyTests.DEV_KEY)));
	}

	CheckpointSigner signer(AuditVerification verification) {
		return new CheckpointSigner(verification, new ChainStatus(new SimpleMeterRegistry()), jdbc, transactions,
				Clock.systemUTC());
	}

	/**
	 * Runs {@code tampering} and what it verifies in one transaction that is rolled back, so the shared log stays
	 * intact for other tests, holding the chain's lock so no other writer links a row to hashes it rewrites.
	 */
	<T> T tamperedThen(Supplier<T> tampering) {
		return transactions.execute(status -> {
			status.setRollbackOnly();
			jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", AuditStore.CHAIN_LOCK).query().singleRow();
			return tampering.get();
		});
	}

	ChainRewriter rewriter() {
		return new ChainRewriter(jdbc, store);
	}

}
