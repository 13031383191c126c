package com.provisioningportal.portal.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes rows that commit on their own (attempts, failures, facts) in groups: whoever finds no group being written
 * takes every row queued so far and writes them in one transaction, one chain lock and one commit, while the
 * others wait for it. Each caller still returns only once its row is committed, and ids still follow the chain.
 * The chain lock is held until commit, so without grouping one commit at a time is all the log can do; the
 * database's group commit cannot help, and no library groups writes across threads this way.
 * <p>
 * A caller inside a transaction of its own writes alone, as before: that transaction may hold the chain lock
 * (an outcome row written in it), which its own new transaction would wait for, and it must never make others wait.
 */
class GroupCommit {

	/** Rows per transaction at most, so one group never holds the lock for long. */
	static final int MAX_GROUP = 200;

	private final AuditStore store;

	private final TransactionTemplate ownTransaction;

	private final Object monitor = new Object();

	private List<Queued> queue = new ArrayList<>();

	private boolean writing;

	GroupCommit(AuditStore store, TransactionTemplate ownTransaction) {
		this.store = store;
		this.ownTransaction = ownTransaction;
	}

	private record Queued(AuditContent content, CompletableFuture<AuditRow> row) {

	}

	/** Appends the row in a transaction of its own, committed when this returns. */
	AuditRow append(AuditContent content) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return ownTransaction.execute(status -> store.append(content));
		}
		Queued mine = new Queued(content, new CompletableFuture<>());
		synchronized (monitor) {
			queue.add(mine);
		}
		while (!mine.row().isDone()) {
			List<Queued> group = null;
			synchronized (monitor) {
				if (!writing && !queue.isEmpty()) {
					writing = true;
					group = take();
				}
				else if (!mine.row().isDone()) {
					waitForGroup();
				}
			}
			if (group != null) {
				try {
					write(group);
				}
				finally {
					synchronized (monitor) {
						writing = false;
						monitor.notifyAll();
					}
				}
			}
		}
		return result(mine);
	}

	private List<Queued> take() {
		if (queue.size() <= MAX_GROUP) {
			List<Queued> all = queue;
			queue = new ArrayList<>();
			return all;
		}
		List<Queued> first = new ArrayList<>(queue.subList(0, MAX_GROUP));
		queue = new ArrayList<>(queue.subList(MAX_GROUP, queue.size()));
		return first;
	}

	/**
	 * One transaction for the group; should it fail, each row is tried alone, so one row the database refuses
	 * fails only its own caller.
	 */
	private void write(List<Queued> group) {
		try {
			List<AuditRow> rows = ownTransaction.execute(status -> store.appendAll(group.stream().map(Queued::content).toList()));
			for (int i = 0; i < group.size(); i++) {
				group.get(i).row().complete(rows.get(i));
			}
		}
		catch (RuntimeException ex) {
			if (group.size() == 1) {
				group.get(0).row().completeExceptionally(ex);
				return;
			}
			for (Queued queued : group) {
				try {
					queued.row().complete(ownTransaction.execute(status -> store.append(queued.content())));
				}
				catch (RuntimeException alone) {
					queued.row().completeExceptionally(alone);
				}
			}
		}
	}

	private void waitForGroup() {
		try {
			monitor.wait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the audit row was being written", ex);
		}
	}

	private static AuditRow result(Queued queued) {
		try {
			return queued.row().get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the audit row was being written", ex);
		}
	}

}
