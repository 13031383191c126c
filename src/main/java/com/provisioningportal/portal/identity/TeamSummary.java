package com.provisioningportal.portal.identity;

/** A row of the teams list. */
record TeamSummary(long id, String name, int members, int projects) {
}
