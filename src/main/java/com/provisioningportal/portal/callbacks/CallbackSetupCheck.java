package com.provisioningportal.portal.callbacks;

import java.util.List;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SetupCheck;
import com.provisioningportal.portal.projects.SetupCheckContributor;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** "Status updates from Sinch" on the project page: whether the callback webhook is set up, and the last callback. */
@Component
class CallbackSetupCheck implements SetupCheckContributor {

	private final CallbackReceiver receiver;

	private final MessageSourceAccessor messages;

	CallbackSetupCheck(CallbackReceiver receiver, MessageSource messageSource) {
		this.receiver = receiver;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@Override
	public List<SetupCheck> checks(ProjectSummary project) {
		if (!project.callbackRegistered()) {
			return List.of(new SetupCheck("Status updates from Sinch", "NOT_SET_UP",
					messages.getMessage(Messages.of("webhook.setup.not-registered")), null));
		}
		return receiver.lastReceived(project.projectId())
			.map(last -> List.of(new SetupCheck("Status updates from Sinch", "ACTIVE",
					messages.getMessage(Messages.of("webhook.setup.last-received")), last)))
			.orElseGet(() -> List.of(new SetupCheck("Status updates from Sinch", "ACTIVE",
					messages.getMessage(Messages.of("webhook.setup.none-received")), null)));
	}

}
