package com.provisioningportal.portal.audit;

import java.nio.file.Path;

import com.provisioningportal.testsupport.DatabaseOwner;
import com.provisioningportal.testsupport.PortalTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hash chain alone cannot catch, the signed checkpoints do: a superuser who switches the triggers off,
 * edits a row and recomputes every later hash leaves a chain intact in itself, and one who deletes the newest rows
 * leaves nothing to recompute. Each tampering is rolled back (see {@link AsOwner}); each test signs into a digest
 * directory of its own.
 */
@PortalTest
class CheckpointTamperTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	DatabaseOwner owner;

	AsOwner asOwner;

	@TempDir
	Path digests;

	AuditVerification verification;

	CheckpointSigner signer;

	@BeforeEach
	void ownDigestDirectory() {
		asOwner = new AsOwner(owner);
		verification = asOwner.verification(digests);
		signer = asOwner.signer(verification);
	}

	@Test
	void aLogThatMatchesItsCheckpointsIsIntactAndTheScheduledRunReadsOnlyWhatCameSince() {
		SignedCheckpoint first = sign();
		record("TEST_CHECKPOINT");
		SignedCheckpoint second = sign();

		ChainVerification full = verification.verifyAll();
		assertThat(full.intact()).as(full.summary()).isTrue();
		assertThat(full.intervals()).extracting(ChainVerification.Interval::result)
			.containsExactly(ChainVerification.Result.MATCHES, ChainVerification.Result.MATCHES);
		assertThat(full.intervals().get(1).afterId()).isEqualTo(first.headId());

		ChainVerification since = verification.verifySinceNewestCheckpoint();
		assertThat(since.intact()).as(since.summary()).isTrue();
		assertThat(since.sinceCheckpoint()).isEqualTo(second.sequence());
		assertThat(since.rowsChecked()).isLessThan(full.rowsChecked());
		assertThat(since.intervals()).extracting(ChainVerification.Interval::result)
			.containsExactly(ChainVerification.Result.NOT_READ, ChainVerification.Result.MATCHES);
	}

	@Test
	void aRowRewrittenAndTheChainRehashedBySuperuserIsReportedInTheIntervalThatHeldIt() {
		sign();
		record("TEST_CHECKPOINT");
		long edited = record("TEST_CHECKPOINT");
		record("TEST_CHECKPOINT");
		sign();
		record("TEST_CHECKPOINT");
		sign();

		ChainVerification full = asOwner.tamperedThen(() -> {
			asOwner.rewriter().rewriteActor(edited, "mallory");
			return verification.verifyAll();
		});

		assertThat(full.brokenAt()).as("the chain is intact in itself").isNull();
		assertThat(full.intact()).isFalse();
		assertThat(full.intervals()).extracting(ChainVerification.Interval::result)
			.containsExactly(ChainVerification.Result.MATCHES, ChainVerification.Result.BROKEN,
					ChainVerification.Result.BROKEN);
		ChainVerification.Interval broken = full.firstBrokenInterval().orElseThrow();
		assertThat(broken.sequence()).isEqualTo(2);
		assertThat(broken.reason()).contains("re-hashed");
		assertThat(full.summary()).startsWith("The audit log no longer matches checkpoint 2 (entries ");
		ChainStatus status = new ChainStatus(new SimpleMeterRegistry());
		status.update(full);
		assertThat(status.health().getStatus()).as("no broken row, yet down").isEqualTo(Status.DOWN);
		assertThat(status.health().getDetails()).containsEntry("brokenCheckpoint", 2L).doesNotContainKey("brokenAt");

		ChainVerification since = asOwner.tamperedThen(() -> {
			asOwner.rewriter().rewriteActor(edited, "mallory");
			return verification.verifySinceNewestCheckpoint();
		});
		assertThat(since.intact()).as("the scheduled run sees it too, at the newest checkpoint").isFalse();
		assertThat(since.firstBrokenInterval().orElseThrow().sequence()).isEqualTo(3);
	}

	@Test
	void theNewestRowsDeletedBySuperuserAreReportedAtTheCheckpointThatCoveredThem() {
		sign();
		long removedFrom = record("TEST_CHECKPOINT");
		record("TEST_CHECKPOINT");
		sign();

		ChainVerification full = asOwner.tamperedThen(() -> {
			asOwner.jdbc.sql("alter table audit_event disable trigger user").update();
			asOwner.jdbc.sql("delete from audit_event where id >= :id").param("id", removedFrom).update();
			asOwner.jdbc.sql("alter table audit_event enable trigger user").update();
			return verification.verifyAll();
		});

		assertThat(full.brokenAt()).as("what is left is a chain intact in itself").isNull();
		ChainVerification.Interval broken = full.firstBrokenInterval().orElseThrow();
		assertThat(broken.sequence()).isEqualTo(2);
		assertThat(broken.reason()).contains("removed from the end");
	}

	@Test
	void anEditWithoutRehashingIsReportedAtTheRowAndInItsInterval() {
		sign();
		long edited = record("TEST_CHECKPOINT");
		sign();

		ChainVerification full = asOwner.tamperedThen(() -> {
			asOwner.rewriter().editDetailOnly(edited, "nothing to see");
			return verification.verifyAll();
		});

		assertThat(full.brokenAt()).isEqualTo(edited);
		assertThat(full.firstBrokenInterval().orElseThrow().sequence()).isEqualTo(2);
		assertThat(full.firstBrokenInterval().orElseThrow().reason()).contains("entry " + edited, "altered");
	}

	@Test
	void aBrokenLogIsNotSigned() {
		sign();
		long edited = record("TEST_CHECKPOINT");
		int signed = verification.checkpoints().read().size();

		CheckpointSigner.Signing signing = asOwner.tamperedThen(() -> {
			asOwner.rewriter().editDetailOnly(edited, "nothing to see");
			return signer.verifyAndSign();
		});

		assertThat(signing.checkpoint()).isNull();
		assertThat(signing.verification().intact()).isFalse();
		assertThat(verification.checkpoints().read()).hasSize(signed);
	}

	private SignedCheckpoint sign() {
		record("TEST_CHECKPOINT");
		CheckpointSigner.Signing signing = signer.verifyAndSign();
		assertThat(signing.verification().intact()).as(signing.verification().summary()).isTrue();
		return signing.checkpoint();
	}

	private long record(String action) {
		return auditLog.record(AuditEntry.of(action), Phase.SUCCEEDED, Outcome.ok());
	}

}
