package com.provisioningportal.portal.dashboard;

/**
 * One count on a project's dashboard card, e.g. 3 senders.
 *
 * @param what what is counted, as the card says it after the number ("senders")
 */
public record DashboardCount(long count, String what) {

}
