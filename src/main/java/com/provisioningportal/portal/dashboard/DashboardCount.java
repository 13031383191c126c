package com.provisioningportal.portal.dashboard;

/**
 * One count on a project's dashboard card, e.g. 3 senders going live.
 *
 * @param one what is counted when there is one, as the card says it after the number ("sender going live")
 * @param many what is counted otherwise ("senders going live")
 */
public record DashboardCount(long count, String one, String many) {

	/** What is counted, as many as there are. */
	public String what() {
		return (count == 1) ? one : many;
	}

}
