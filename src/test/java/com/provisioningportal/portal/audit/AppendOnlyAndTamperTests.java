package com.provisioningportal.portal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.provisioningportal.testsupport.DatabaseOwner;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class AppendOnlyAndTamperTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseOwner owner;

	@Test
	void updateDeleteAndTruncateAreRefusedToThePortalByItsGrantsAndToTheOwnerByTheTriggers() {
		long id = auditLog.record(AuditEntry.of("TEST_APPEND_ONLY"), Phase.SUCCEEDED, Outcome.ok());

		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'mallory' where id = :id").param("id", id).update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("permission denied");

		JdbcClient jdbc = owner.jdbc();
		assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'mallory' where id = :id").param("id", id).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = :id").param("id", id).update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("append-only");
		assertThat(jdbc.sql("select actor from audit_event where id = :id").param("id", id).query(String.class).single())
			.isNotEqualTo("mallory");
	}

	@Test
	void aRowEditedBySuperuserWithTriggersDisabledIsReportedAtItsId() {
		long first = auditLog.record(AuditEntry.of("TEST_TAMPER"), Phase.SUCCEEDED, Outcome.ok());
		long edited = auditLog.record(AuditEntry.of("TEST_TAMPER").request(Map.of("amount", 10)), Phase.SUCCEEDED, Outcome.ok());
		long last = auditLog.record(AuditEntry.of("TEST_TAMPER"), Phase.SUCCEEDED, Outcome.ok());
		assertThat(verifier.verifyRange(first, last).intact()).isTrue();

		// Tamper and verify inside one transaction that is rolled back, so the shared log stays intact for others.
		AsOwner asOwner = new AsOwner(owner);
		JdbcClient jdbc = asOwner.jdbc;
		ChainVerifier verifier = asOwner.verifier;
		ChainVerification found = asOwner.transactions.execute(status -> {
			status.setRollbackOnly();
			jdbc.sql("alter table audit_event disable trigger user").update();
			jdbc.sql("update audit_event set request = '{\"amount\": 1000}' where id = :id").param("id", edited).update();
			jdbc.sql("alter table audit_event enable trigger user").update();
			return verifier.verifyRange(first, last);
		});

		assertThat(found.intact()).isFalse();
		assertThat(found.brokenAt()).isEqualTo(edited);
		assertThat(found.reason()).contains("altered");
		assertThat(found.rowsChecked()).isEqualTo(edited - first);
	}

	@Test
	void aRowRemovedBySuperuserIsReportedAtTheRowAfterIt() {
		long first = auditLog.record(AuditEntry.of("TEST_TAMPER"), Phase.SUCCEEDED, Outcome.ok());
		long removed = auditLog.record(AuditEntry.of("TEST_TAMPER"), Phase.SUCCEEDED, Outcome.ok());
		long last = auditLog.record(AuditEntry.of("TEST_TAMPER"), Phase.SUCCEEDED, Outcome.ok());

		AsOwner asOwner = new AsOwner(owner);
		JdbcClient jdbc = asOwner.jdbc;
		ChainVerifier verifier = asOwner.verifier;
		ChainVerification found = asOwner.transactions.execute(status -> {
			status.setRollbackOnly();
			jdbc.sql("alter table audit_event disable trigger user").update();
			jdbc.sql("delete from audit_event where id = :id").param("id", removed).update();
			jdbc.sql("alter table audit_event enable trigger user").update();
			return verifier.verifyRange(first, last);
		});

		assertThat(found.brokenAt()).isEqualTo(last);
		assertThat(found.reason()).contains("removed");
	}

	@Test
	void sixteenConcurrentWritersLeaveOneUnbrokenChain() throws Exception {
		int writers = 16;
		int rowsEach = 25;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<List<Long>>> results = new ArrayList<>();
		try {
			for (int w = 0; w < writers; w++) {
				int writer = w;
				Callable<List<Long>> work = () -> {
					start.await();
					List<Long> ids = new ArrayList<>();
					for (int i = 0; i < rowsEach; i++) {
						ids.add(auditLog.record(AuditEntry.of("TEST_CONCURRENT").resource("writer", String.valueOf(writer)),
								Phase.SUCCEEDED, Outcome.ok()));
					}
					return ids;
				};
				results.add(pool.submit(work));
			}
			start.countDown();
			List<Long> ids = new ArrayList<>();
			for (Future<List<Long>> result : results) {
				ids.addAll(result.get());
			}
			long first = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
			long last = ids.stream().mapToLong(Long::longValue).max().orElseThrow();

			assertThat(ids).doesNotHaveDuplicates().hasSize(writers * rowsEach);
			ChainVerification verification = verifier.verifyRange(first, last);
			assertThat(verification.reason()).isNull();
			assertThat(verification.rowsChecked()).isGreaterThanOrEqualTo(writers * rowsEach);
			// No two rows share a previous hash: the chain never forked.
			assertThat(jdbc.sql("select count(distinct prev_hash) = count(*) from audit_event where id between :first and :last")
				.param("first", first)
				.param("last", last)
				.query(Boolean.class)
				.single()).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
