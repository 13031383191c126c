package com.provisioningportal.portal.dashboard;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectSummary;

/**
 * A feature's counts on a project's dashboard card. Asked for every card on each visit to the dashboard, so a
 * feature counts what it can know without asking Sinch. A count of nothing is not shown.
 */
@FunctionalInterface
public interface DashboardCounts {

	List<DashboardCount> counts(ProjectSummary project);

}
