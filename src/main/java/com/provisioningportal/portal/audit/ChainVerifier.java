package com.provisioningportal.portal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain in id order and reports the first link that does not hold: a row whose stored hash is not the
 * hash of its content (altered), or whose previous hash is not the hash of the row before it (a row removed,
 * inserted or altered before it). Reads in chunks inside one repeatable-read transaction, so it sees one
 * consistent log while writers go on appending.
 */
class ChainVerifier {

	static final int CHUNK = 2_000;

	static final int IN_FLIGHT = 4;

	private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

	private final JdbcClient jdbc;

	private final AuditStore store;

	private final Clock clock;

	private final TransactionTemplate snapshot;

	ChainVerifier(JdbcClient jdbc, AuditStore store, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** The whole chain, from its first row, whose previous hash must be the genesis value. */
	ChainVerification verifyAll() {
		return snapshot.execute(status -> walk(0, Long.MAX_VALUE, CanonicalForm.GENESIS));
	}

	/**
	 * The rows with ids in {@code [fromId, toId]}, trusting the first row's link to what came before it. For
	 * checking a known stretch of the log, e.g. since a checkpoint copied elsewhere.
	 */
	ChainVerification verifyRange(long fromId, long toId) {
		return snapshot.execute(status -> walk(fromId - 1, toId, null));
	}

	/**
	 * This thread reads chunks (inside the transaction); workers parse and hash them meanwhile, since re-rendering
	 * the JSON is most of the cost. Links between rows are then checked in id order, chunk by chunk. At most
	 * {@link #IN_FLIGHT} chunks are held at once, so memory stays flat however long the log is.
	 */
	private ChainVerification walk(long afterId, long toId, byte @Nullable [] expectedFirstPrev) {
		long started = System.nanoTime();
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
			Thread thread = new Thread(runnable, "audit-chain-verification");
			thread.setDaemon(true);
			return thread;
		});
		try {
			Deque<Future<List<Checked>>> inFlight = new ArrayDeque<>();
			byte[] expectedPrev = expectedFirstPrev;
			long checked = 0;
			Long lastId = null;
			long cursor = afterId;
			boolean more = true;
			while (more || !inFlight.isEmpty()) {
				if (more && inFlight.size() < IN_FLIGHT) {
					List<StoredRow> rows = fetch(cursor, toId);
					more = rows.size() == CHUNK;
					if (!rows.isEmpty()) {
						cursor = rows.get(rows.size() - 1).id();
						inFlight.add(workers.submit(() -> rows.stream().map(this::check).toList()));
					}
					continue;
				}
				for (Checked row : await(inFlight.poll())) {
					String problem = problem(row, expectedPrev, lastId);
					if (problem != null) {
						return result(checked, lastId, expectedPrev, row.id(), problem, started);
					}
					checked++;
					lastId = row.id();
					expectedPrev = row.hash();
				}
			}
			return result(checked, lastId, expectedPrev, null, null, started);
		}
		finally {
			workers.shutdownNow();
		}
	}

	/** A row's links, and whether its stored hash is the hash of its content. */
	private record Checked(long id, byte[] prevHash, byte[] hash, boolean contentMatches) {

	}

	private Checked check(StoredRow stored) {
		AuditRow row = store.parse(stored);
		return new Checked(row.id(), row.prevHash(), row.hash(),
				Arrays.equals(CanonicalForm.hash(row.prevHash(), row.content()), row.hash()));
	}

	private List<StoredRow> fetch(long afterId, long toId) {
		return jdbc
			.sql("select " + AuditStore.COLUMNS + " from audit_event where id > :after and id <= :to order by id limit :limit")
			.param("after", afterId)
			.param("to", toId)
			.param("limit", CHUNK)
			.query(StoredRow.MAPPER)
			.list();
	}

	private static List<Checked> await(Future<List<Checked>> chunk) {
		try {
			return chunk.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Verification was interrupted", ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("A chunk of the audit log could not be checked", ex.getCause());
		}
	}

	private static @Nullable String problem(Checked row, byte @Nullable [] expectedPrev, @Nullable Long previousId) {
		if (expectedPrev != null && !Arrays.equals(row.prevHash(), expectedPrev)) {
			return (previousId == null)
					? "its previous hash is not the start of the chain: rows before it were removed or it was inserted"
					: "its previous hash does not match the hash of row " + previousId
							+ ": a row between them was removed or inserted, or row " + previousId + " was replaced";
		}
		if (!row.contentMatches()) {
			return "its content does not match its hash: the row was altered after it was written";
		}
		return null;
	}

	private ChainVerification result(long checked, @Nullable Long lastId, byte @Nullable [] head, @Nullable Long brokenAt,
			@Nullable String reason, long started) {
		Instant finished = clock.instant();
		return new ChainVerification(checked, lastId, (lastId != null && head != null) ? CanonicalForm.hex(head) : null,
				brokenAt, reason, finished, Duration.ofNanos(System.nanoTime() - started));
	}

}
