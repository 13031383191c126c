package com.provisioningportal.portal.rcs;

import java.util.List;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchFailures.Advice;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSourceResolvable;

/** Sinch's refusals of RCS sender changes, as sentences saying what to do next. */
final class RcsRefusals {

	/** What the create form says when Sinch did not answer. */
	static final MessageSourceResolvable CREATE_UNREACHABLE = SinchFailures.unreachableMaybeDone(
			Messages.of("rcs.unreachable.maybe-created"), Messages.of("rcs.unreachable.where-to-look"));

	private RcsRefusals() {
	}

	/** The sentence for a refused create, at the top of the form. */
	static Advice advice(SinchApiException refused) {
		return Advice.form((refused.status() >= 500) ? Messages.of("rcs.refused.server-error")
				: Messages.of("sinch.refused", refused.explanation(), SinchFailures.CORRECT_AND_RETRY));
	}

	/** What to do next after a refused launch, test number or comment. */
	static MessageSourceResolvable nextStep(SinchApiException refused) {
		if (refused.status() >= 500) {
			return Messages.of("sinch.failed.try-later");
		}
		String code = (refused.errorCode() != null) ? refused.errorCode() : "";
		return switch (code) {
			case "sender_not_ready_for_launch" -> Messages.of("rcs.refused.not-ready", String.join(", ", missing(refused)));
			case "sender_not_launchable" -> Messages.of("rcs.refused.not-launchable");
			case "too_many_tester_requests" -> Messages.of("rcs.refused.tester-limit");
			default -> SinchFailures.CORRECT_AND_RETRY;
		};
	}

	/** What Sinch says a launch still needs ({@code details.brand.logoUrl}, ...), in its own names. */
	private static List<String> missing(SinchApiException refused) {
		Object listed = (refused.additionalInformation() != null)
				? refused.additionalInformation().get("missingRequirements") : null;
		return (listed instanceof List<?> items) ? items.stream().map(String::valueOf).toList() : List.of();
	}

}
