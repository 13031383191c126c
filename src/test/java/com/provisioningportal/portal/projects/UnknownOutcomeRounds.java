package com.provisioningportal.portal.projects;

import org.springframework.context.ApplicationContext;

/** Lets tests of other modules settle the unknown outcomes now instead of waiting for the scheduled round. */
public final class UnknownOutcomeRounds {

	private UnknownOutcomeRounds() {
	}

	/** @return how many changes the round settled */
	public static int runOnce(ApplicationContext context) {
		return context.getBean(UnknownOutcomeSettling.class).settle();
	}

	/** The detail of the row that settles a change as not made. */
	public static String notMade() {
		return UnknownOutcomeSettling.NOT_MADE;
	}

}
