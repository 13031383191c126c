package com.provisioningportal.portal.callbacks;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import com.provisioningportal.portal.audit.Actor;
import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.audit.Phase;
import com.provisioningportal.portal.callbacks.StatusChanged.Source;
import com.provisioningportal.portal.gateway.SinchException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks Sinch about every resource the portal still waits on, so that a callback Sinch never delivered (or one the
 * portal could not take) does not leave a watched resource stuck. One instance runs each round.
 */
@Component
class Reconciliation {

	private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);

	private final StatusWatchStore watch;

	private final Clock clock;

	private final AuditLog auditLog;

	private final TransactionTemplate transactions;

	private final int batchSize;

	Reconciliation(StatusWatchStore watch, AuditLog auditLog, TransactionTemplate transactions, Clock clock,
			@Value("${portal.reconciliation.batch-size:200}") int batchSize) {
		this.watch = watch;
		this.clock = clock;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${portal.reconciliation.interval:PT30S}",
			initialDelayString = "${portal.reconciliation.initial-delay:PT30S}")
	// Held at least 5 s, so an instance whose timer fires just after another finished a round does not run a second.
	@SchedulerLock(name = "reconciliation", lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
	public void run() {
		reconcile();
	}

	/**
	 * One round over the unsettled resources, those asked about longest ago first.
	 * @return how many changes it found
	 */
	int reconcile() {
		int changed = 0;
		for (WatchedResource resource : watch.unsettled(batchSize)) {
			Optional<StatusSource> source = watch.source(resource.kind());
			if (source.isEmpty()) {
				watch.checked(resource);
				continue;
			}
			try {
				String state = source.get().currentState(resource.projectId(), resource.resourceId()).orElse(StatusChanged.GONE);
				if (Boolean.TRUE.equals(transactions.execute(status -> record(resource, state)))) {
					changed++;
				}
			}
			catch (SinchException ex) {
				log.warn("Reconciliation could not read {} {} in project {}: {}", resource.kind(), resource.resourceId(),
						resource.projectId(), ex.getMessage());
				watch.checked(resource);
			}
			catch (RuntimeException ex) {
				// Asked first again next round, one failing resource would otherwise stop every round at itself. Only
				// the exception's type is logged: its message may quote what Sinch sent, bearer tokens included.
				log.error("Reconciliation failed on {} {} in project {}: {}", resource.kind(), resource.resourceId(),
						resource.projectId(), ex.getClass().getName());
				watch.checked(resource);
			}
		}
		return changed;
	}

	/** Records a change and its audit row together: without the row, the change is found again next round. */
	private boolean record(WatchedResource resource, String state) {
		Optional<String> previous = watch.observe(resource, state, Source.RECONCILIATION, clock.instant());
		if (previous.isEmpty()) {
			watch.checked(resource);
			return false;
		}
		auditLog.record(AuditEntry.of("SINCH_STATUS_RECONCILED")
			.by(Actor.SYSTEM)
			.project(resource.projectId())
			.resource(resource.kind(), resource.resourceId())
			.before(Map.of("state", previous.get())), Phase.SUCCEEDED, Outcome.ok(Map.of("state", state)));
		log.info("Reconciliation found {} {} in project {} now {} (was {})", resource.kind(), resource.resourceId(),
				resource.projectId(), state, previous.get());
		return true;
	}

}
