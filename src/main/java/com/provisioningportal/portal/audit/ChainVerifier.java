package com.provisioningportal.portal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
		return verifyAll(List.of());
	}

	/**
	 * The whole chain, and at each checkpoint's head, that the entry there still has the signed hash and that the
	 * log up to it still holds the signed number of entries: a chain rewritten and re-hashed throughout, which is
	 * intact in itself, no longer matches the checkpoints signed before the rewrite.
	 */
	ChainVerification verifyAll(List<SignedCheckpoint> checkpoints) {
		return walk(0, newestId(), CanonicalForm.GENESIS, 0, checkpoints, null);
	}

	/**
	 * The entries from a checkpoint's head on: the head must still have the signed hash, and every later entry
	 * must link to it. What lies before the checkpoint was vouched for when it was signed, so this run reads only
	 * what was written since.
	 */
	ChainVerification verifySince(SignedCheckpoint checkpoint) {
		return walk(checkpoint.headId() - 1, newestId(), null, checkpoint.rows() - 1, List.of(checkpoint),
				checkpoint.sequence());
	}

	/**
	 * The rows with ids in {@code [fromId, toId]}, trusting the first row's link to what came before it. For
	 * checking a known stretch of the log.
	 */
	ChainVerification verifyRange(long fromId, long toId) {
		return walk(fromId - 1, Math.min(toId, newestId()), null, 0, List.of(), null);
	}

	/**
	 * Chunks are read, parsed and hashed by workers (re-rendering the JSON and reading it are most of the cost);
	 * links between rows, and rows at checkpoint heads, are then checked here in id order, chunk by chunk. At most
	 * {@link #IN_FLIGHT} chunks are held at once, so memory stays flat however long the log is.
	 */
	private ChainVerification walk(long afterId, long toId, byte @Nullable [] expectedFirstPrev, long rowsBefore,
			List<SignedCheckpoint> checkpoints, @Nullable Long sinceCheckpoint) {
		long started = System.nanoTime();
		boolean inCallersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		ExecutorService workers = Executors.newFixedThreadPool(WORKERS, runnable -> {
			Thread thread = new Thread(runnable, "audit-chain-verification");
			thread.setDaemon(true);
			return thread;
		});
		Anchors anchors = new Anchors(checkpoints);
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
						anchors.brokenAt(row.id(), problem);
						return result(checked, rowsBefore, lastId, expectedPrev, row.id(), problem, anchors, sinceCheckpoint, started);
					}
					checked++;
					lastId = row.id();
					expectedPrev = row.hash();
					anchors.passed(row.id(), row.hash(), rowsBefore + checked);
				}
			}
			anchors.ended(lastId, rowsBefore + checked);
			return result(checked, rowsBefore, lastId, expectedPrev, null, null, anchors, sinceCheckpoint, started);
		}
		catch (Exception ex) {
			throw (ex instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex);
		}
		finally {
			workers.shutdownNow();
		}
	}

	/** The checkpoints a walk compares the log with, by ascending head, and what it found at each. */
	private static final class Anchors {

		private final List<SignedCheckpoint> checkpoints;

		private final List<ChainVerification.Interval> intervals = new ArrayList<>();

		private int next;

		Anchors(List<SignedCheckpoint> checkpoints) {
			this.checkpoints = checkpoints;
		}

		/** Entry {@code id} holds and is the {@code rows}-th entry: compare it with the checkpoints signed there. */
		void passed(long id, byte[] hash, long rows) {
			settleHeadsMissingBefore(id);
			while (next < checkpoints.size() && checkpoints.get(next).headId() == id) {
				SignedCheckpoint checkpoint = checkpoints.get(next);
				if (!CanonicalForm.hex(hash).equals(checkpoint.headHash())) {
					settle(ChainVerification.Result.BROKEN, "entry " + id + " no longer has the hash that was signed: "
							+ "entries up to it were changed and the chain was re-hashed");
				}
				else if (rows != checkpoint.rows()) {
					settle(ChainVerification.Result.BROKEN, "the log holds " + rows + " entries up to entry " + id
							+ " where " + checkpoint.rows() + " were signed: entries were removed or inserted and the "
							+ "chain was re-hashed");
				}
				else {
					settle(ChainVerification.Result.MATCHES, null);
				}
			}
		}

		/** The walk stopped at a broken link: the checkpoint whose interval holds it is broken, later ones unread. */
		void brokenAt(long id, String problem) {
			settleHeadsMissingBefore(id);
			if (next < checkpoints.size()) {
				settle(ChainVerification.Result.BROKEN, "entry " + id + " in this interval: " + problem);
			}
			while (next < checkpoints.size()) {
				settle(ChainVerification.Result.NOT_READ, null);
			}
		}

		/** Checkpoints whose head lies before entry {@code id} were not passed: their head is no longer there. */
		private void settleHeadsMissingBefore(long id) {
			while (next < checkpoints.size() && checkpoints.get(next).headId() < id) {
				settle(ChainVerification.Result.BROKEN, "its newest entry, " + checkpoints.get(next).headId()
						+ ", is no longer in the log: entries were removed");
			}
		}

		/** The walk reached the end of the log: checkpoints beyond it cover entries that are gone. */
		void ended(@Nullable Long lastId, long rows) {
			while (next < checkpoints.size()) {
				SignedCheckpoint checkpoint = checkpoints.get(next);
				settle(ChainVerification.Result.BROKEN, "it was signed at entry " + checkpoint.headId() + " with "
						+ checkpoint.rows() + " entries, but the log now " + ((lastId == null) ? "is empty"
								: "ends at entry " + lastId + " with " + rows + " entries")
						+ ": entries were removed from the end");
			}
		}

		private void settle(ChainVerification.Result result, @Nullable String reason) {
			intervals.add(ChainVerification.Interval.of(checkpoints.get(next), result, reason));
			next++;
		}

		List<ChainVerification.Interval> intervals() {
			return List.copyOf(intervals);
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

	private ChainVerification result(long checked, long rowsBefore, @Nullable Long lastId, byte @Nullable [] head,
			@Nullable Long brokenAt, @Nullable String reason, Anchors anchors, @Nullable Long sinceCheckpoint,
			long started) {
		Instant finished = clock.instant();
		return new ChainVerification(checked, rowsBefore + checked, lastId,
				(lastId != null && head != null) ? CanonicalForm.hex(head) : null, brokenAt, reason, sinceCheckpoint,
				anchors.intervals(), finished, Duration.ofNanos(System.nanoTime() - started));
	}

}
