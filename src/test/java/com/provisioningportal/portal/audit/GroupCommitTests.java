package com.provisioningportal.portal.audit;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Rows that commit on their own are written in groups: while one transaction holds the chain, the rows that
 * arrive meanwhile queue up and then commit together, each caller returning once its row is committed.
 */
@PortalTest
class GroupCommitTests {

	@Autowired
	AuditLog auditLog;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rowsArrivingWhileTheChainIsBusyCommitTogetherInOneTransactionAndKeepTheChain() throws Exception {
		int writers = 16;
		ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
		List<Thread> threads = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(writers);
		try (Connection holder = dataSource.getConnection(); Statement statement = holder.createStatement()) {
			holder.setAutoCommit(false);
			statement.execute("select pg_advisory_xact_lock(" + AuditStore.CHAIN_LOCK + ")");
			for (int i = 0; i < writers; i++) {
				Thread writer = new Thread(() -> {
					ids.add(auditLog.record(AuditEntry.of("TEST_GROUP_COMMIT"), Phase.SUCCEEDED, Outcome.ok()));
					done.countDown();
				}, "audit-writer-" + i);
				threads.add(writer);
				writer.start();
			}
			// One writer waits for the chain in the database; the others wait for its group to be written.
			await().atMost(Duration.ofSeconds(1))
				.until(() -> threads.stream().filter(thread -> thread.getState() == Thread.State.WAITING).count() == writers - 1);
			holder.rollback();
		}
		done.await();

		assertThat(ids).hasSize(writers);
		assertThat(jdbc.sql("select count(distinct xmin::text) from audit_event where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(Long.class)
			.single()).as("the first row's transaction, then one for all the others").isEqualTo(2);
		long first = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
		long last = ids.stream().mapToLong(Long::longValue).max().orElseThrow();
		assertThat(verifier.verifyRange(first, last).intact()).isTrue();
	}

}
