package com.provisioningportal.portal.rcs;

import java.util.List;

import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.dashboard.DashboardCounts;
import com.provisioningportal.portal.projects.ProjectSummary;

import org.springframework.stereotype.Component;

/** What a project's dashboard card says of RCS: the senders whose launch Sinch or the operators still decide. */
@Component
class RcsCounts implements DashboardCounts {

	private final StatusWatch watch;

	RcsCounts(StatusWatch watch) {
		this.watch = watch;
	}

	@Override
	public List<DashboardCount> counts(ProjectSummary project) {
		return List.of(new DashboardCount(watch.waitingOn(project.projectId(), RcsCallbacks.SENDER), "RCS sender launching",
				"RCS senders launching"));
	}

}
