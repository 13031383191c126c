package com.provisioningportal.portal.sms;

import java.util.UUID;

import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.callbacks.WatchedResource;
import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's dashboard card counts the SMS bundles Sinch is still making, not those it finished. */
@PortalTest
class SmsCountsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	StatusWatch watch;

	@Autowired
	SmsCounts counts;

	@Test
	void bundlesUnderWayAreCountedAndFinishedOnesAreNot() {
		String id = ProjectFixtures.registerWithCallback(context, "SMS counts " + UUID.randomUUID(), "counts-callback-secret").id();
		ProjectSummary project = context.getBean(ProjectDirectory.class).find(id).orElseThrow();
		assertThat(counts.counts(project)).extracting(DashboardCount::count).containsExactly(0L);

		watch.watch(new WatchedResource(id, BundleCallbacks.BUNDLE, "bundle-1"), "IN_PROGRESS");
		watch.watch(new WatchedResource(id, BundleCallbacks.BUNDLE, "bundle-2"), "DONE");

		assertThat(counts.counts(project)).extracting(count -> count.count() + " " + count.what())
			.containsExactly("1 SMS bundle under way");
	}

}
