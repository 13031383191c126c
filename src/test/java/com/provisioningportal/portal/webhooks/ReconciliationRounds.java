package com.provisioningportal.portal.webhooks;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules run one reconciliation round now, as the scheduled job would. Test sources only. */
public final class ReconciliationRounds {

	private ReconciliationRounds() {
	}

	/** Runs one round on the context's reconciliation; returns how many changes it found. */
	public static int runOnce(ApplicationContext context) {
		return context.getBean(Reconciliation.class).reconcile();
	}

}
