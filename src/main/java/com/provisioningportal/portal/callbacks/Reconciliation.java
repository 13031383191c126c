package com.provisioningportal.portal.callbacks;

import java.time.Clock;
import java.util.LinkedHashMap;
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
				WatchedStatus status = source.get()
					.currentStatus(resource.projectId(), resource.resourceId())
					.orElseGet(WatchedStatus::gone);
				if (Boolean.TRUE.equals(transactions.execute(transaction -> record(resource, status)))) {
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
	private boolean record(WatchedResource resource, WatchedStatus status) {
		Optional<WatchedStatus> previous = watch.observe(resource, status, Source.RECONCILIATION, clock.instant());
		if (previous.isEmpty()) {
			watch.checked(resource);
			return false;
		}
		auditLog.record(AuditEntry.of("SINCH_STATUS_RECONCILED")
			.by(Actor.SYSTEM)
			.project(resource.projectId())
			.resource(resource.kind(), resource.resourceId())
			.before(audited(previous.get())), Phase.SUCCEEDED, Outcome.ok(audited(status)));
		log.info("Reconciliation found {} {} in project {} now {} (was {})", resource.kind(), resource.resourceId(),
				resource.projectId(), status.state(), previous.get().state());
		return true;
	}

	/** The state, and the parts' states when the resource has parts. */
	private static Map<String, Object> audited(WatchedStatus status) {
		Map<String, Object> audited = new LinkedHashMap<>();
		audited.put("state", status.state());
		if (!status.parts().isEmpty()) {
			audited.put("parts", status.parts());
		}
		return audited;
	}

}
