package com.provisioningportal.portal.whatsapp;

import java.util.List;

import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.dashboard.DashboardCounts;
import com.provisioningportal.portal.projects.ProjectSummary;

import org.springframework.stereotype.Component;

/** What a project's dashboard card says of WhatsApp: the senders and templates the portal still waits on. */
@Component
class WhatsAppCounts implements DashboardCounts {

	private final StatusWatch watch;

	WhatsAppCounts(StatusWatch watch) {
		this.watch = watch;
	}

	@Override
	public List<DashboardCount> counts(ProjectSummary project) {
		return List.of(
				new DashboardCount(watch.waitingOn(project.projectId(), WhatsAppCallbacks.SENDER), "WhatsApp sender going live",
						"WhatsApp senders going live"),
				new DashboardCount(watch.waitingOn(project.projectId(), WhatsAppCallbacks.TEMPLATE), "template in review",
						"templates in review"));
	}

}
