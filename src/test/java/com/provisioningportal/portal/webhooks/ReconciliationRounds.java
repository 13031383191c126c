package com.provisioningportal.portal.webhooks;

import org.springframework.context.ApplicationContext;

/**
 * Runs one reconciliation round now, for tests of other features that need a lost callback made good (the job
 * itself is package-private). Test sources only.
 */
public final class ReconciliationRounds {

	private ReconciliationRounds() {
	}

	/** @return how many changes the round found */
	public static int run(ApplicationContext context) {
		return context.getBean(Reconciliation.class).reconcile();
	}

}
