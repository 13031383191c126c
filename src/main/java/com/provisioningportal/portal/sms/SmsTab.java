package com.provisioningportal.portal.sms;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectTab;
import com.provisioningportal.portal.projects.ProjectTabContributor;
import com.provisioningportal.portal.web.Access;

import org.springframework.stereotype.Component;

/** The project's SMS apps, after WhatsApp's tabs. */
@Component
class SmsTab implements ProjectTabContributor {

	@Override
	public List<ProjectTab> tabs() {
		return List.of(new ProjectTab("sms", "SMS apps", "/sms/apps", 40, Access.CHANNELS_READ));
	}

}
