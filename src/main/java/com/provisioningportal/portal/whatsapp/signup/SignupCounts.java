package com.provisioningportal.portal.whatsapp.signup;

import java.time.Clock;
import java.util.List;

import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.dashboard.DashboardCounts;
import com.provisioningportal.portal.projects.ProjectSummary;

import org.springframework.stereotype.Component;

/** What a project's dashboard card says of Embedded Signup: the customer links still waiting to be opened. */
@Component
class SignupCounts implements DashboardCounts {

	private final SignupStore store;

	private final Clock clock;

	SignupCounts(SignupStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	@Override
	public List<DashboardCount> counts(ProjectSummary project) {
		return List.of(new DashboardCount(store.openLinks(project.projectId(), clock.instant()), "customer link open",
				"customer links open"));
	}

}
