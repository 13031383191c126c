package com.provisioningportal.portal.webhooks;

import java.util.List;

import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.projects.CallbackTargets;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A project's provisioning webhooks, read live from Sinch: the list and one webhook with its change form. The
 * portal's own callback webhook is shown but changed only by the project's "receive status updates".
 */
@Controller
@RequestMapping("/projects/{projectId}/webhooks")
class WebhookController implements AccessRules {

	/** Sinch's limit of webhooks per project. */
	static final int LIMIT = 15;

	private final CallbackTargets callbackTargets;

	private final WebhookLookup webhooks;

	private final WebhookPages pages;

	WebhookController(CallbackTargets callbackTargets, WebhookLookup webhooks, WebhookPages pages) {
		this.callbackTargets = callbackTargets;
		this.webhooks = webhooks;
		this.pages = pages;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/webhooks", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/webhooks/{webhookId}", Access.CHANNELS_READ));
	}

	/** A row of the list. */
	record WebhookRow(Webhook webhook, boolean portalCallback, String events) {

	}

	@GetMapping
	@SinchPage(value = "webhooks/list", emptyLists = "webhooks")
	String list(@PathVariable String projectId, ProjectSummary project, Model model) {
		String callbackTarget = callbackTargets.callbackTarget(projectId);
		model.addAttribute("limit", LIMIT);
		model.addAttribute("webhooks", webhooks.all(projectId)
			.stream()
			.map(webhook -> new WebhookRow(webhook, callbackTarget.equals(webhook.target()),
					WebhookTriggers.summary(WebhookPages.triggersOf(webhook))))
			.toList());
		return "webhooks/list";
	}

	@GetMapping("/{webhookId}")
	@SinchPage("webhooks/webhook")
	String detail(@PathVariable String projectId, ProjectSummary project, @PathVariable String webhookId, Model model) {
		Webhook webhook = pages.webhook(projectId, webhookId);
		model.addAttribute("form", WebhookForm.of(webhook));
		return pages.detailPage(projectId, webhook, model);
	}

}
