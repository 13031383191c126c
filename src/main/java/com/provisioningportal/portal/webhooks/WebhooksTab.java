package com.provisioningportal.portal.webhooks;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectTab;
import com.provisioningportal.portal.projects.ProjectTabContributor;
import com.provisioningportal.portal.web.Access;

import org.springframework.stereotype.Component;

/** The project's provisioning webhooks, after the channels' tabs. */
@Component
class WebhooksTab implements ProjectTabContributor {

	@Override
	public List<ProjectTab> tabs() {
		return List.of(new ProjectTab("webhooks", "Webhooks", "/webhooks", 50, Access.CHANNELS_READ));
	}

}
