package com.provisioningportal.portal.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Verifies the whole chain once a day. Several portal instances share the database; the ShedLock row named
 * {@value #JOB_NAME} lets one of them run it.
 */
class ChainVerificationJob {

	static final String JOB_NAME = "audit-chain-verification";

	private final ChainVerifier verifier;

	private final ChainStatus status;

	ChainVerificationJob(ChainVerifier verifier, ChainStatus status) {
		this.verifier = verifier;
		this.status = status;
	}

	@Scheduled(cron = "${portal.audit.verification-cron:0 17 3 * * *}", zone = "UTC")
	@SchedulerLock(name = JOB_NAME, lockAtMostFor = "PT2H")
	public void verifyDaily() {
		status.update(verifier.verifyAll());
	}

}
