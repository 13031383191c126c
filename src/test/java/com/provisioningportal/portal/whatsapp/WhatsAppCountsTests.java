package com.provisioningportal.portal.whatsapp;

import java.util.UUID;

import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.callbacks.WatchedResource;
import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** A project's dashboard card counts the WhatsApp senders and templates the portal still waits on, and nothing else. */
@PortalTest
class WhatsAppCountsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	StatusWatch watch;

	@Autowired
	WhatsAppCounts counts;

	ProjectSummary project;

	@BeforeEach
	void registerProject() {
		String id = ProjectFixtures.registerWithCallback(context, "WhatsApp counts " + UUID.randomUUID(), "counts-callback-secret").id();
		project = context.getBean(ProjectDirectory.class).find(id).orElseThrow();
	}

	@Test
	void aProjectWithNothingUnderWayCountsNothing() {
		watch.watch(new WatchedResource(project.projectId(), WhatsAppCallbacks.SENDER, "sender-live"), "ACTIVE");

		assertThat(counts.counts(project)).extracting(DashboardCount::count).containsExactly(0L, 0L);
	}

	@Test
	void sendersGoingLiveAndTemplatesInReviewAreCounted() {
		watch.watch(new WatchedResource(project.projectId(), WhatsAppCallbacks.SENDER, "sender-1"), "IN_PROGRESS");
		watch.watch(new WatchedResource(project.projectId(), WhatsAppCallbacks.SENDER, "sender-2"), "IN_PROGRESS");
		watch.watch(new WatchedResource(project.projectId(), WhatsAppCallbacks.SENDER, "sender-3"), "ACTIVE");
		watch.watch(new WatchedResource(project.projectId(), WhatsAppCallbacks.TEMPLATE, "order_update/en"), "PENDING");

		assertThat(counts.counts(project)).extracting(count -> count.count() + " " + count.what())
			.containsExactly("2 WhatsApp senders going live", "1 template in review");
	}

}
