package com.provisioningportal.portal.callbacks;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SetupCheck;
import com.provisioningportal.portal.projects.SetupCheckContributor;

import org.springframework.stereotype.Component;

/** "Status updates from Sinch" on the project page: whether the callback webhook is set up, and the last callback. */
@Component
class CallbackSetupCheck implements SetupCheckContributor {

	private final CallbackReceiver receiver;

	CallbackSetupCheck(CallbackReceiver receiver) {
		this.receiver = receiver;
	}

	@Override
	public List<SetupCheck> checks(ProjectSummary project) {
		if (!project.callbackRegistered()) {
			return List.of(new SetupCheck("Status updates from Sinch", "NOT_SET_UP",
					"The portal's callback webhook is not registered at Sinch, so status changes arrive only by polling.", null));
		}
		return receiver.lastReceived(project.projectId())
			.map(last -> List.of(new SetupCheck("Status updates from Sinch", "ACTIVE", "Last callback received", last)))
			.orElseGet(() -> List.of(new SetupCheck("Status updates from Sinch", "ACTIVE",
					"Callback webhook registered; no callback received yet.", null)));
	}

}
