package com.provisioningportal.portal.whatsapp;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectTab;
import com.provisioningportal.portal.projects.ProjectTabContributor;
import com.provisioningportal.portal.web.Access;

import org.springframework.stereotype.Component;

/** WhatsApp's tabs: senders, templates and the account next to the overview; connecting a number last. */
@Component
class WhatsAppTabs implements ProjectTabContributor {

	@Override
	public List<ProjectTab> tabs() {
		return List.of(new ProjectTab("senders", "WhatsApp senders", "/whatsapp/senders", 10, Access.CHANNELS_READ),
				new ProjectTab("templates", "Templates", "/whatsapp/templates", 20, Access.CHANNELS_READ),
				new ProjectTab("account", "WhatsApp account", "/whatsapp/account", 30, Access.CHANNELS_READ),
				new ProjectTab("connect", "Connect a number", "/whatsapp/connect", 60, Access.CHANNELS_CHANGE));
	}

}
