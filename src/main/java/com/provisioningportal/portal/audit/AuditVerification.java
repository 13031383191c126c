package com.provisioningportal.portal.audit;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verifies the chain against the signed checkpoints in the digest directory: each checkpoint file must hold on
 * its own and link to the one before it, and the log must still match what each one signed. The same code serves
 * the portal and an auditor's offline check.
 */
class AuditVerification {

	private final ChainVerifier verifier;

	private final AuditCheckpoints checkpoints;

	AuditVerification(ChainVerifier verifier, AuditCheckpoints checkpoints) {
		this.verifier = verifier;
		this.checkpoints = checkpoints;
	}

	AuditCheckpoints checkpoints() {
		return checkpoints;
	}

	/** Every entry from the first, compared with every checkpoint: names the first interval that changed. */
	ChainVerification verifyAll() {
		List<AuditCheckpoints.Found> files = checkpoints.read();
		List<SignedCheckpoint> trusted = ascendingHeads(files);
		ChainVerification walk = verifier.verifyAll(trusted);
		return walk.withIntervals(intervals(files, trusted, walk.intervals()));
	}

	/**
	 * The entries written since the newest checkpoint, and every checkpoint file. A change before that checkpoint
	 * shows as its head no longer matching; the full walk then says which interval it is in.
	 */
	ChainVerification verifySinceNewestCheckpoint() {
		List<AuditCheckpoints.Found> files = checkpoints.read();
		List<SignedCheckpoint> trusted = ascendingHeads(files);
		if (trusted.isEmpty()) {
			ChainVerification walk = verifier.verifyAll(List.of());
			return walk.withIntervals(intervals(files, trusted, walk.intervals()));
		}
		List<SignedCheckpoint> newest = List.of(trusted.get(trusted.size() - 1));
		ChainVerification walk = verifier.verifySince(newest.get(0));
		return walk.withIntervals(intervals(files, newest, walk.intervals()));
	}

	/** The checkpoint files as found, for showing before any verification has compared the log with them. */
	List<ChainVerification.Interval> unverifiedIntervals() {
		return intervals(checkpoints.read(), List.of(), List.of());
	}

	/** The checkpoints whose signature holds, as long as their heads only move forward (the walker's order). */
	private static List<SignedCheckpoint> ascendingHeads(List<AuditCheckpoints.Found> files) {
		List<SignedCheckpoint> trusted = new ArrayList<>();
		for (AuditCheckpoints.Found file : files) {
			SignedCheckpoint checkpoint = file.checkpoint();
			if (checkpoint != null && (trusted.isEmpty()
					|| checkpoint.headId() >= trusted.get(trusted.size() - 1).headId())) {
				trusted.add(checkpoint);
			}
		}
		return trusted;
	}

	/**
	 * One interval per file: what the walk found at its checkpoint ({@code walked} holds one interval per
	 * checkpoint in {@code compared}, in order), made broken by whatever is wrong with the file itself.
	 */
	private static List<ChainVerification.Interval> intervals(List<AuditCheckpoints.Found> files,
			List<SignedCheckpoint> compared, List<ChainVerification.Interval> walked) {
		Map<SignedCheckpoint, ChainVerification.Interval> byCheckpoint = new IdentityHashMap<>();
		for (int i = 0; i < compared.size(); i++) {
			byCheckpoint.put(compared.get(i), walked.get(i));
		}
		List<ChainVerification.Interval> intervals = new ArrayList<>();
		long previousHead = 0;
		for (AuditCheckpoints.Found file : files) {
			SignedCheckpoint checkpoint = file.checkpoint();
			if (checkpoint == null) {
				intervals.add(ChainVerification.Interval.unreadable(file.sequence(), file.file(),
						Objects.requireNonNull(file.problem())));
				continue;
			}
			ChainVerification.Interval interval = byCheckpoint
				.getOrDefault(checkpoint,
						ChainVerification.Interval.of(checkpoint, ChainVerification.Result.NOT_READ, null))
				.inFile(file.sequence(), file.file(), previousHead);
			intervals.add((file.problem() != null) ? interval.broken(file.problem()) : interval);
			previousHead = checkpoint.headId();
		}
		return intervals;
	}

}
