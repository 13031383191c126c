package com.provisioningportal.portal.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a walk along the chain found: how many rows were checked, the head it ended at, the first broken link if
 * there is one, and for each signed checkpoint whether the log still matches it.
 *
 * @param rowsChecked entries read by this run
 * @param headRows entries in the log up to {@code lastId} (more than {@code rowsChecked} when the run started
 * at a checkpoint)
 * @param sinceCheckpoint the checkpoint the run started from, or null for a walk from the first entry
 * @param intervals one per checkpoint file, in sequence order: the entries after the previous checkpoint's head
 * up to this one's
 */
record ChainVerification(long rowsChecked, long headRows, @Nullable Long lastId, @Nullable String headHash,
		@Nullable Long brokenAt, @Nullable String reason, @Nullable Long sinceCheckpoint, List<Interval> intervals,
		Instant finishedAt, Duration took) {

	public boolean intact() {
		return brokenAt == null && firstBrokenInterval().isEmpty();
	}

	public boolean full() {
		return sinceCheckpoint == null;
	}

	public Optional<Interval> firstBrokenInterval() {
		return intervals.stream().filter(interval -> interval.result() == Result.BROKEN).findFirst();
	}

	/** One sentence for people: the result, and where it broke. */
	public String summary() {
		Optional<Interval> interval = firstBrokenInterval();
		if (interval.isPresent()) {
			Interval broken = interval.get();
			return "The audit log no longer matches checkpoint " + broken.sequence() + broken.entries() + ": "
					+ broken.reason() + ".";
		}
		if (brokenAt != null) {
			return "The audit chain is broken at entry " + brokenAt + ": " + reason + ".";
		}
		long matched = intervals.stream().filter(each -> each.result() == Result.MATCHES).count();
		return "The audit chain is intact: " + rowsChecked + " entries read "
				+ (full() ? "from the first" : "since checkpoint " + sinceCheckpoint) + ", matching the " + matched
				+ ((matched == 1) ? " checkpoint" : " checkpoints") + " compared.";
	}

	ChainVerification withIntervals(List<Interval> checked) {
		return new ChainVerification(rowsChecked, headRows, lastId, headHash, brokenAt, reason, sinceCheckpoint,
				List.copyOf(checked), finishedAt, took);
	}

	double rowsPerSecond() {
		return rowsChecked / Math.max(took.toNanos() / 1e9, 1e-9);
	}

	/** What this run found for one checkpoint's interval. */
	enum Result {

		/** The entry at the checkpoint's head has the signed hash and the log up to it the signed count. */
		MATCHES,

		/** The checkpoint file or the entries it vouches for no longer hold; {@code reason} says how. */
		BROKEN,

		/** The file holds, but this run started after it (incremental) or stopped before it (a broken link). */
		NOT_READ

	}

	/**
	 * @param afterId the previous checkpoint's head (0 for the first): the interval is the entries after it up to
	 * {@code headId}
	 */
	record Interval(long sequence, String file, @Nullable Instant signedAt, @Nullable Long afterId,
			@Nullable Long headId, @Nullable Long rows, @Nullable String keyId, Result result, @Nullable String reason) {

		static Interval of(SignedCheckpoint checkpoint, Result result, @Nullable String reason) {
			return new Interval(checkpoint.sequence(), checkpoint.fileName(), checkpoint.signedAt(), null,
					checkpoint.headId(), checkpoint.rows(), checkpoint.keyId(), result, reason);
		}

		/** The entries it covers, as said in a sentence, or nothing when its file cannot be read. */
		String entries() {
			if (headId == null) {
				return "";
			}
			long first = (afterId != null) ? afterId + 1 : 1;
			return (first > headId) ? " (no new entries, up to entry " + headId + ")"
					: " (entries " + first + " to " + headId + ")";
		}

		/** A checkpoint file that cannot be trusted, so nothing it says is used. */
		static Interval unreadable(long sequence, String file, String reason) {
			return new Interval(sequence, file, null, null, null, null, null, Result.BROKEN, reason);
		}

		/**
		 * The same interval as the digest directory has it: named after its file (a renamed file holds another
		 * number than its name) and starting after the checkpoint file before it.
		 */
		Interval inFile(long fileSequence, String fileName, long previousHead) {
			return new Interval(fileSequence, fileName, signedAt, previousHead, headId, rows, keyId, result, reason);
		}

		/** The same interval, broken for a reason found in its file rather than in the log. */
		Interval broken(String fileProblem) {
			String because = (result == Result.BROKEN && reason != null) ? fileProblem + "; also " + reason : fileProblem;
			return new Interval(sequence, file, signedAt, afterId, headId, rows, keyId, Result.BROKEN, because);
		}

	}

}
