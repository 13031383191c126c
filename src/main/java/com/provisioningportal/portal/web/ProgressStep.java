package com.provisioningportal.portal.web;

import java.time.Instant;

/** One step of a progress timeline; {@code at} is when it was reached, null while it is still ahead. */
public record ProgressStep(String label, Stage stage, Instant at, String detail) {

	public enum Stage {

		DONE, CURRENT, FAILED, AHEAD

	}

}
