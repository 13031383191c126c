package com.provisioningportal.portal.webhooks;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchChanges.Recorded;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.webhooks.WebhookChanges.ChangeWebhook;
import com.provisioningportal.portal.webhooks.WebhookForm.SecretChoice;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a provisioning webhook (Sinch's PATCH: only what changed is sent) and deleting one with a typed
 * confirmation. The portal's own callback webhook is refused here: the project's status updates own it.
 */
@Controller
@RequestMapping("/projects/{projectId}/webhooks/{webhookId}")
class WebhookChangeController implements AccessRules {

	private final WebhookChanges changes;

	private final WebhookPages pages;

	WebhookChangeController(WebhookChanges changes, WebhookPages pages) {
		this.changes = changes;
		this.pages = pages;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post("/projects/{projectId}/webhooks/{webhookId}", Access.CHANNELS_CHANGE),
				AccessRule.post("/projects/{projectId}/webhooks/{webhookId}/delete", Access.CHANNELS_CHANGE));
	}

	@PostMapping
	String change(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String webhookId, @ModelAttribute("form") WebhookForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		Webhook current = pages.current(projectId, webhookId, redirect);
		if (current == null) {
			return WebhookPages.detailUrl(projectId, webhookId);
		}
		if (pages.portalCallback(projectId, current)) {
			Flash.error(redirect, Messages.of("webhook.portal-callback.not-changed"));
			return WebhookPages.detailUrl(projectId, webhookId);
		}
		if (form.getSecretChoice() == null) {
			form.setSecretChoice(SecretChoice.KEEP);
		}
		pages.validate(projectId, form, result);
		// Events Sinch added after the portal's list was written cannot be ticked on the page; they stay as they are.
		List<String> triggers = Stream.concat(form.chosenTriggers().stream(),
				WebhookPages.triggersOf(current).stream().filter(trigger -> !WebhookTriggers.known(trigger))).toList();
		boolean triggersChange = !new HashSet<>(triggers).equals(new HashSet<>(WebhookPages.triggersOf(current)));
		if (result.hasErrors() || (triggersChange && WebhookPages.warned(form, triggers, model))) {
			return pages.detailPage(projectId, current, model);
		}
		String target = form.trimmedTarget();
		String secret = (form.getSecretChoice() == SecretChoice.KEEP) ? null : WebhookPages.secretOf(form);
		ChangeWebhook change = new ChangeWebhook(Objects.equals(target, current.target()) ? null : target,
				triggersChange ? triggers : null, secret, form.getSecretChoice() == SecretChoice.GENERATE, user.getName());
		if (!change.changesAnything()) {
			Flash.success(redirect, Messages.of("webhook.unchanged"));
			return WebhookPages.detailUrl(projectId, webhookId);
		}
		try {
			Recorded<Webhook> changed = changes.change(projectId, current, change);
			String address = changed.result().target();
			String events = WebhookTriggers.events(WebhookPages.triggersOf(changed.result()));
			MessageSourceResolvable message = (secret != null) ? Messages.of("webhook.saved.new-secret", address, events)
					: Messages.of("webhook.saved", address, events);
			return WebhookPages.saved(projectId, changed, message,
					(form.getSecretChoice() == SecretChoice.GENERATE) ? secret : null, model, redirect);
		}
		catch (SinchException ex) {
			WebhookPages.refused(ex, result, model, Messages.of("webhook.nothing-changed"));
			return pages.detailPage(projectId, current, model);
		}
	}

	@PostMapping("/delete")
	String delete(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String webhookId, @RequestParam String confirmation,
			RedirectAttributes redirect) {
		Webhook webhook = pages.current(projectId, webhookId, redirect);
		if (webhook == null) {
			return WebhookPages.detailUrl(projectId, webhookId);
		}
		if (pages.portalCallback(projectId, webhook)) {
			Flash.error(redirect, Messages.of("webhook.portal-callback.not-deleted"));
			return WebhookPages.detailUrl(projectId, webhookId);
		}
		if (!webhook.target().equals(confirmation.trim())) {
			Flash.error(redirect, Messages.of("webhook.delete.confirm", webhook.target()));
			return WebhookPages.detailUrl(projectId, webhookId);
		}
		return SinchFailures.attempt(redirect, WebhookRefusals::nextStep, () -> changes.delete(projectId, webhook))
			.map(deleted -> {
				Flash.success(redirect, Messages.of("webhook.deleted", webhook.target()), deleted.auditId());
				return WebhookPages.listUrl(projectId);
			})
			.orElse(WebhookPages.detailUrl(projectId, webhookId));
	}

}
