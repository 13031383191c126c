package com.provisioningportal.portal.whatsapp.signup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.provisioningportal.portal.web.ProgressStep;
import com.provisioningportal.portal.web.ProgressStep.Stage;

/** An attempt as pages show it: its progress as timeline steps and what it means in plain words. */
public record AttemptView(SignupAttempt attempt) {

	public String status() {
		return attempt.status().name();
	}

	public boolean underWay() {
		return attempt.status().underWay();
	}

	public List<ProgressStep> steps() {
		AttemptStatus status = attempt.status();
		List<ProgressStep> steps = new ArrayList<>();
		steps.add(new ProgressStep("Started", Stage.DONE, attempt.startedAt(), null));
		if (status == AttemptStatus.CANCELLED || status == AttemptStatus.META_ERROR || status == AttemptStatus.WITHDRAWN) {
			steps.add(new ProgressStep(sideExit(status), Stage.FAILED, attempt.finishedAt(), attempt.failure()));
			return steps;
		}
		steps.add(step("Received from Meta", attempt.codeReceivedAt(), status == AttemptStatus.STARTED,
				status == AttemptStatus.ERROR && attempt.verifiedAt() == null && attempt.codeReceivedAt() != null));
		if (status == AttemptStatus.NEEDS_NUMBER) {
			steps.add(new ProgressStep("Choose the number", Stage.CURRENT, null, attempt.failure()));
		}
		steps.add(step("Verified with Meta", attempt.verifiedAt(), status == AttemptStatus.CODE_RECEIVED, false));
		steps.add(step("Requested at Sinch", attempt.senderRequestedAt(), status == AttemptStatus.VERIFIED,
				status == AttemptStatus.ERROR && attempt.verifiedAt() != null && attempt.senderRequestedAt() == null));
		steps.add(step("Live", (status == AttemptStatus.ACTIVE) ? attempt.finishedAt() : null, status == AttemptStatus.SENDER_REQUESTED,
				status == AttemptStatus.ERROR && attempt.senderRequestedAt() != null));
		return steps;
	}

	private static String sideExit(AttemptStatus status) {
		return switch (status) {
			case CANCELLED -> "Stopped in Meta's dialog";
			case WITHDRAWN -> "Link withdrawn";
			default -> "Meta reported an error";
		};
	}

	private static ProgressStep step(String label, Instant at, boolean current, boolean failed) {
		Stage stage = failed ? Stage.FAILED : (at != null) ? Stage.DONE : current ? Stage.CURRENT : Stage.AHEAD;
		return new ProgressStep(label, stage, at, null);
	}

	/** One sentence for the customer and the specialist. */
	public String sentence() {
		return switch (attempt.status()) {
			case STARTED -> "Waiting for Meta's dialog to be completed.";
			case CODE_RECEIVED -> "Meta's answer arrived; checking it with Meta.";
			case VERIFIED -> "Checked with Meta; asking Sinch to set up the number.";
			case SENDER_REQUESTED -> "Sinch is setting up the number. This usually takes a few minutes.";
			case ACTIVE -> "The WhatsApp number is live.";
			case NEEDS_NUMBER, ERROR, CANCELLED, META_ERROR, WITHDRAWN -> attempt.failure();
		};
	}

}
