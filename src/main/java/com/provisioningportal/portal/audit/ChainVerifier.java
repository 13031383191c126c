package com.provisioningportal.portal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Walks the chain in id order and reports the first link that does not hold: a row whose stored hash is not the
 * hash of its content (altered), or whose previous hash is not the hash of the row before it (a row removed,
 * inserted or altered before it).
 * <p>
 * The walk covers the rows up to the newest id committed when it starts. Writers commit in id order under the
 * chain lock, so every row up to that id is already committed and no later snapshot differs on them: chunks of
 * that range can be read on several connections at once while writers go on appending. Inside a caller's
 * transaction every chunk is read on the caller's connection instead, so the walk sees what that transaction sees.
 */
class ChainVerifier {

	/** Ids per chunk; ids have gaps only where a write rolled back, so a chunk holds at most this many rows. */
	static final long CHUNK = 2_000;

	private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

	static final int IN_FLIGHT = 2 * WORKERS;

	private final JdbcClient jdbc;

	private final AuditStore store;

	private final Clock clock;

	ChainVerifier(JdbcClient jdbc, AuditStore store, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.clock = clock;
	}

	/** The whole chain, from its first row, whose previous hash must be the genesis value. */
	ChainVerification verifyAll() {
		return walk(0, newestId(), CanonicalForm.GENESIS);
	}

	/**
	 * The rows with ids in {@code [fromId, toId]}, trusting the first row's link to what came before it. For
	 * checking a known stretch of the log, e.g. since a checkpoint copied elsewhere.
	 */
	ChainVerification verifyRange(long fromId, long toId) {
		return walk(fromId - 1, Math.min(toId, newestId()), null);
	}

	/**
	 * Chunks are read, parsed and hashed by workers (re-rendering the JSON and reading it are most of the cost);
	 * links between rows are then checked here in id order, chunk by chunk. At most {@link #IN_FLIGHT} chunks are
	 * held at once, so memory stays flat however long the log is.
	 */
	private ChainVerification walk(long afterId, long toId, byte @Nullable [] expectedFirstPrev) {
		long started = System.nanoTime();
		boolean inCallersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
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
			long nextChunk = afterId;
			while (nextChunk < toId || !inFlight.isEmpty()) {
				if (nextChunk < toId && inFlight.size() < IN_FLIGHT) {
					long from = nextChunk;
					long to = Math.min(toId, from + CHUNK);
					Callable<List<Checked>> chunk = () -> fetch(from, to).stream().map(this::check).toList();
					inFlight.add(inCallersTransaction ? CompletableFuture.completedFuture(chunk.call()) : workers.submit(chunk));
					nextChunk = to;
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
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			workers.shutdownNow();
		}
	}

	private long newestId() {
		return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
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
		return jdbc.sql("select " + AuditStore.COLUMNS + " from audit_event where id > :after and id <= :to order by id")
			.param("after", afterId)
			.param("to", toId)
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
