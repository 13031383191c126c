package com.provisioningportal.portal.projects;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.audit.UnknownOutcomes;
import com.provisioningportal.portal.gateway.SinchException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles the changes whose answer never came by asking Sinch, through the features' {@link UnknownOutcomeCheck}s:
 * made, or not made. A change is looked up only once it is older than {@code settle-after}, so a request Sinch is
 * still working on is not declared lost. One instance runs each round.
 */
@Component
class UnknownOutcomeSettling {

	private static final Logger log = LoggerFactory.getLogger(UnknownOutcomeSettling.class);

	private static final int BATCH = 100;

	/** The audit row's own words, like Sinch's messages in other rows: the log is a record, not a page. */
	static final String NOT_MADE = "Sinch does not show the change: it was not made.";

	private final UnknownOutcomes outcomes;

	private final List<UnknownOutcomeCheck> checks;

	private final Clock clock;

	private final Duration settleAfter;

	UnknownOutcomeSettling(UnknownOutcomes outcomes, List<UnknownOutcomeCheck> checks, Clock clock,
			@Value("${portal.unknown-outcomes.settle-after:PT2M}") Duration settleAfter) {
		this.outcomes = outcomes;
		this.checks = checks;
		this.clock = clock;
		this.settleAfter = settleAfter;
	}

	@Scheduled(fixedDelayString = "${portal.reconciliation.interval:PT30S}",
			initialDelayString = "${portal.reconciliation.initial-delay:PT30S}")
	@SchedulerLock(name = "unknown-outcomes", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	public void run() {
		settle();
	}

	/** @return how many changes this round settled */
	int settle() {
		int settled = 0;
		for (UnknownChange change : outcomes.unsettled(BATCH)) {
			Optional<UnknownOutcomeCheck> check = checks.stream().filter(candidate -> candidate.handles(change.action())).findFirst();
			if (check.isEmpty() || change.sentAt().isAfter(clock.instant().minus(settleAfter))) {
				continue;
			}
			try {
				Optional<Object> found = check.get().lookUp(change);
				if (found.isPresent()) {
					outcomes.made(change, Outcome.ok(found.get()));
				}
				else {
					outcomes.notMade(change, NOT_MADE);
				}
				settled++;
			}
			catch (SinchException ex) {
				log.warn("The outcome of {} (correlationId={}) could not be looked up yet: {}", change.action(),
						change.correlationId(), ex.getClass().getSimpleName());
			}
		}
		return settled;
	}

}
