package com.provisioningportal.portal.sms;

import java.util.List;

import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.dashboard.DashboardCounts;
import com.provisioningportal.portal.projects.ProjectSummary;

import org.springframework.stereotype.Component;

/** What a project's dashboard card says of SMS: the bundles Sinch is still making. */
@Component
class SmsCounts implements DashboardCounts {

	private final StatusWatch watch;

	SmsCounts(StatusWatch watch) {
		this.watch = watch;
	}

	@Override
	public List<DashboardCount> counts(ProjectSummary project) {
		return List.of(new DashboardCount(watch.waitingOn(project.projectId(), BundleCallbacks.BUNDLE), "SMS bundle under way",
				"SMS bundles under way"));
	}

}
