package com.provisioningportal.portal.sms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.provisioningportal.portal.gateway.sms.Bundle;
import com.provisioningportal.portal.web.ProgressStep;
import com.provisioningportal.portal.web.ProgressStep.Stage;

import static com.provisioningportal.portal.web.StatusTone.label;

/**
 * A bundle's progress as steps: requested, then each thing it makes (subproject, SMS app, the Conversation app's SMS
 * channel), then finished. Sinch gives no times per step, so a step shows when the portal learnt it was reached.
 */
final class BundleProgress {

	private BundleProgress() {
	}

	static List<ProgressStep> steps(Bundle bundle, BundleRequests.Request request) {
		boolean failed = "FAILED".equals(bundle.state());
		boolean done = "DONE".equals(bundle.state());
		Instant finishedAt = (request != null) ? request.finishedAt() : null;
		List<ProgressStep> steps = new ArrayList<>();
		steps.add(new ProgressStep("Requested at Sinch", Stage.DONE, (request != null) ? request.requestedAt() : null,
				(request != null) ? "by " + request.requestedBy() : null));
		if (bundle.subproject() != null) {
			steps.add(step("Subproject", bundle.subproject().status(), "READY".equals(bundle.subproject().status()), false,
					failed, finishedAt));
		}
		if (bundle.smsApp() != null) {
			String status = bundle.smsApp().status();
			steps.add(step("SMS app", status, "ACTIVE".equals(status), status != null && status.contains("FAILED"), failed,
					finishedAt));
		}
		if (bundle.convApp() != null && bundle.convApp().smsChannelStatus() != null) {
			String status = bundle.convApp().smsChannelStatus();
			steps.add(step("Conversation app's SMS channel", status, "ACTIVE".equals(status), "FAILING".equals(status), failed,
					finishedAt));
		}
		if (done) {
			steps.add(new ProgressStep("Ready", Stage.DONE, finishedAt, null));
		}
		else if (failed) {
			steps.add(new ProgressStep("Failed", Stage.FAILED, finishedAt, "Sinch could not finish the bundle."));
		}
		else {
			steps.add(new ProgressStep("Ready", Stage.AHEAD, null, null));
		}
		return steps;
	}

	private static ProgressStep step(String label, String status, boolean reached, boolean broken, boolean bundleFailed,
			Instant finishedAt) {
		String detail = (status != null) ? label(status) : null;
		if (reached) {
			return new ProgressStep(label, Stage.DONE, finishedAt, detail);
		}
		if (broken || bundleFailed) {
			return new ProgressStep(label, Stage.FAILED, finishedAt, detail);
		}
		return new ProgressStep(label, Stage.CURRENT, null, detail);
	}

}
