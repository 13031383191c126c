package com.provisioningportal.portal.projects;

import java.util.List;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Turning on the callback webhook through which Sinch reports every status change of the project. */
@Controller
class StatusUpdatesController implements AccessRules {

	private final StatusUpdates statusUpdates;

	private final SinchSetupChecks sinchChecks;

	StatusUpdatesController(StatusUpdates statusUpdates, SinchSetupChecks sinchChecks) {
		this.statusUpdates = statusUpdates;
		this.sinchChecks = sinchChecks;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post("/projects/{projectId}/status-updates", Access.ADMIN));
	}

	@PostMapping("/projects/{projectId}/status-updates")
	String receiveStatusUpdates(@PathVariable String projectId, RedirectAttributes redirect) {
		try {
			Webhook webhook = statusUpdates.enable(projectId);
			sinchChecks.forget(projectId);
			Flash.success(redirect, Messages.of("project.callback.turned-on", webhook.target()));
		}
		catch (SinchApiException ex) {
			Flash.error(redirect, Messages.of("project.callback.refused", ex.explanation()));
		}
		catch (SinchException ex) {
			Flash.error(redirect, SinchFailures.unreachable(Messages.of("project.callback.not-turned-on")));
		}
		return "redirect:/projects/" + projectId;
	}

}
