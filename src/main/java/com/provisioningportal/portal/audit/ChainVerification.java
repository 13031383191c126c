package com.provisioningportal.portal.audit;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a walk along the chain found: how many rows were checked, the head it ended at (the checkpoint to copy
 * outside the database), and the first broken link if there is one.
 */
record ChainVerification(long rowsChecked, @Nullable Long lastId, @Nullable String headHash, @Nullable Long brokenAt,
		@Nullable String reason, Instant finishedAt, Duration took) {

	public boolean intact() {
		return brokenAt == null;
	}

	double rowsPerSecond() {
		return rowsChecked / Math.max(took.toNanos() / 1e9, 1e-9);
	}

}
