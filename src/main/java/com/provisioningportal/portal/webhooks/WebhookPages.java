package com.provisioningportal.portal.webhooks;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.projects.CallbackTargets;
import com.provisioningportal.portal.projects.SinchChanges.Recorded;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.webhooks.WebhookForm.SecretChoice;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the webhook pages share: the checks of the add and change forms, the form and detail views, the answer to
 * a saved change, and the addresses.
 */
@Component
class WebhookPages {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CallbackTargets callbackTargets;

	private final WebhookLookup webhooks;

	private final WebhookAddress address;

	private final WebhookSecretNotes secretNotes;

	WebhookPages(CallbackTargets callbackTargets, WebhookLookup webhooks, WebhookAddress address,
			WebhookSecretNotes secretNotes) {
		this.callbackTargets = callbackTargets;
		this.webhooks = webhooks;
		this.address = address;
		this.secretNotes = secretNotes;
	}

	/** The form's own errors, before anything is sent to Sinch. */
	void validate(String projectId, WebhookForm form, BindingResult result) {
		String target = form.trimmedTarget();
		if (callbackTargets.callbackTarget(projectId).equals(target)) {
			Messages.reject(result, "target", Messages.of("webhook.target.portal-callback"));
		}
		else {
			address.problem(target).ifPresent(problem -> result.rejectValue("target", "invalid", problem));
		}
		if (form.getTriggers().isEmpty()) {
			Messages.reject(result, "triggers", Messages.of("webhook.triggers.required"));
		}
		else if (!form.getTriggers().stream().allMatch(WebhookTriggers::known)) {
			Messages.reject(result, "triggers", Messages.of("webhook.triggers.unknown"));
		}
		if (form.getSecretChoice() == SecretChoice.PASTE) {
			String secret = form.getSecret();
			if (secret == null || secret.length() < WebhookForm.MIN_SECRET_LENGTH
					|| secret.length() > WebhookForm.MAX_SECRET_LENGTH) {
				Messages.reject(result, "secret", Messages.of("webhook.secret.length", WebhookForm.MIN_SECRET_LENGTH,
						WebhookForm.MAX_SECRET_LENGTH));
			}
		}
	}

	/** True when ALL comes with other events and the person has not yet said to send them anyway. */
	static boolean warned(WebhookForm form, List<String> triggers, Model model) {
		if (WebhookTriggers.allWithOthers(triggers) && !form.isAllWithOthers()) {
			model.addAttribute("allWarning", true);
			return true;
		}
		return false;
	}

	/** Sinch's refusal next to the field it is about, with Sinch's own words at the top of the form. */
	static void refused(SinchException ex, BindingResult result, Model model, MessageSourceResolvable consequence) {
		SinchFailures.rejectFormAll(ex, result, model, SinchFailures.unreachable(consequence),
				refusal -> WebhookRefusals.advice(refusal, consequence));
	}

	/**
	 * After a change Sinch accepted: a generated secret is shown on this one answer and nowhere else (not even a
	 * flash message, which would keep it in the session); otherwise back to the list with a flash message.
	 */
	static String saved(String projectId, Recorded<Webhook> saved, MessageSourceResolvable message,
			String generatedSecret, Model model, RedirectAttributes redirect) {
		if (generatedSecret == null) {
			Flash.success(redirect, message, saved.auditId());
			return listUrl(projectId);
		}
		Flash.successHere(model, message, saved.auditId());
		model.addAttribute("webhook", saved.result());
		model.addAttribute("secret", generatedSecret);
		return "webhooks/secret";
	}

	static String newForm(Model model, WebhookForm form) {
		form.setSecret(null);
		model.addAttribute("families", WebhookTriggers.FAMILIES);
		return "webhooks/new";
	}

	String detailPage(String projectId, Webhook webhook, Model model) {
		WebhookForm form = (WebhookForm) model.getAttribute("form");
		if (form != null) {
			form.setSecret(null);
		}
		model.addAttribute("webhook", webhook);
		model.addAttribute("events", WebhookTriggers.summary(triggersOf(webhook)));
		model.addAttribute("portalCallback", portalCallback(projectId, webhook));
		model.addAttribute("secretNote", secretNotes.find(projectId, webhook.id()).orElse(null));
		model.addAttribute("families", WebhookTriggers.FAMILIES);
		return "webhooks/webhook";
	}

	/** The webhook of the address; the not-found page when Sinch has no such webhook. */
	Webhook webhook(String projectId, String webhookId) {
		return webhooks.find(projectId, webhookId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The webhook a change starts from, or null with the flash message saying why it could not be read. */
	Webhook current(String projectId, String webhookId, RedirectAttributes redirect) {
		return SinchFailures.attempt(redirect, WebhookRefusals::nextStep, () -> webhook(projectId, webhookId)).orElse(null);
	}

	/** Whether this is the portal's own callback webhook, which only the project's status updates change. */
	boolean portalCallback(String projectId, Webhook webhook) {
		return callbackTargets.callbackTarget(projectId).equals(webhook.target());
	}

	static List<String> triggersOf(Webhook webhook) {
		return (webhook.triggers() != null) ? webhook.triggers() : List.of();
	}

	/** The secret to send: the one pasted, or a new random one. */
	static String secretOf(WebhookForm form) {
		if (form.getSecretChoice() == SecretChoice.PASTE) {
			return form.getSecret();
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String listUrl(String projectId) {
		return "redirect:/projects/" + projectId + "/webhooks";
	}

	static String detailUrl(String projectId, String webhookId) {
		return "redirect:/projects/" + projectId + "/webhooks/" + webhookId;
	}

}
