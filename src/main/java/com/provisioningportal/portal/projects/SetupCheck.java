package com.provisioningportal.portal.projects;

import java.time.Instant;

/**
 * One line of a project's setup status, e.g. "Credentials valid" with state ACTIVE.
 *
 * @param state a state word the status badge knows (ACTIVE, ERROR, NOT_SET_UP, …)
 * @param at when the checked thing last happened, if that is what the line is about
 */
public record SetupCheck(String label, String state, String detail, Instant at) {

}
