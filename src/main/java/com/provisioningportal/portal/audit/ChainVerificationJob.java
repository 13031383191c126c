package com.provisioningportal.portal.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every {@code portal.audit.checkpoint-interval} (an hour by default), verifies what was written since the newest
 * checkpoint and signs the verified head as the next one. Several portal instances share the database and the
 * digest directory, each with its own schedule; the ShedLock row named {@value #JOB_NAME}, held for at least
 * {@code portal.audit.checkpoint-lock-at-least} (a little under the interval), lets one of them do it per round.
 */
class ChainVerificationJob {

	static final String JOB_NAME = "audit-chain-verification";

	private final CheckpointSigner signer;

	ChainVerificationJob(CheckpointSigner signer) {
		this.signer = signer;
	}

	@Scheduled(fixedDelayString = "${portal.audit.checkpoint-interval:PT1H}",
			initialDelayString = "${portal.audit.checkpoint-initial-delay:PT5M}")
	@SchedulerLock(name = JOB_NAME, lockAtMostFor = "PT2H",
			lockAtLeastFor = "${portal.audit.checkpoint-lock-at-least:PT50M}")
	public void verifyAndSign() {
		signer.verifyAndSign();
	}

}
