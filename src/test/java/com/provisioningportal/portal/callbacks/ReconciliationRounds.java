package com.provisioningportal.portal.callbacks;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules run one reconciliation round now instead of waiting for the scheduled one. */
public final class ReconciliationRounds {

	private ReconciliationRounds() {
	}

	/** @return how many changes the round found */
	public static int runOnce(ApplicationContext context) {
		return context.getBean(Reconciliation.class).reconcile();
	}

}
