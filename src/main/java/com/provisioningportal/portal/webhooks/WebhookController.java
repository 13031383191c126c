package com.provisioningportal.portal.webhooks;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.projects.CallbackTargets;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchChanges.Recorded;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.OneTimeForms.Notice;
import com.provisioningportal.portal.web.OneTimeForms.Resent;
import com.provisioningportal.portal.webhooks.WebhookChanges.AddWebhook;
import com.provisioningportal.portal.webhooks.WebhookChanges.ChangeWebhook;
import com.provisioningportal.portal.webhooks.WebhookForm.SecretChoice;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's provisioning webhooks, read live from Sinch: the list, adding one, changing one (PATCH), deleting
 * one. The portal's own callback webhook is shown but changed only by the project's "receive status updates".
 */
@Controller
@RequestMapping("/projects/{projectId}/webhooks")
class WebhookController implements AccessRules {

	/** Sinch's limit of webhooks per project. */
	static final int LIMIT = 15;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CallbackTargets callbackTargets;

	private final WebhookLookup webhooks;

	private final WebhookChanges changes;

	private final WebhookAddress address;

	private final OneTimeForms forms;

	private final WebhookSecretNotes secretNotes;

	WebhookController(CallbackTargets callbackTargets, WebhookLookup webhooks,
			WebhookChanges changes, WebhookAddress address, OneTimeForms forms, WebhookSecretNotes secretNotes) {
		this.callbackTargets = callbackTargets;
		this.webhooks = webhooks;
		this.changes = changes;
		this.address = address;
		this.forms = forms;
		this.secretNotes = secretNotes;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/webhooks", Access.CHANNELS_READ),
				AccessRule.post("/projects/{projectId}/webhooks", Access.CHANNELS_CHANGE),
				AccessRule.get("/projects/{projectId}/webhooks/new", Access.CHANNELS_CHANGE),
				AccessRule.get("/projects/{projectId}/webhooks/{webhookId}", Access.CHANNELS_READ),
				AccessRule.post("/projects/{projectId}/webhooks/{webhookId}", Access.CHANNELS_CHANGE),
				AccessRule.post("/projects/{projectId}/webhooks/{webhookId}/delete", Access.CHANNELS_CHANGE));
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
					WebhookTriggers.summary(triggersOf(webhook))))
			.toList());
		return "webhooks/list";
	}

	@GetMapping("/new")
	String newWebhook(@PathVariable String projectId, ProjectSummary project, Authentication user, Model model) {
		WebhookForm form = new WebhookForm();
		form.setFormToken(forms.issue(projectId, user.getName()));
		model.addAttribute("form", form);
		return newForm(model, form);
	}

	@PostMapping
	String create(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute("form") WebhookForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		if (form.getSecretChoice() == null || form.getSecretChoice() == SecretChoice.KEEP) {
			form.setSecretChoice(SecretChoice.GENERATE);
		}
		validate(projectId, form, result);
		form.setFormToken(forms.submitted(form.getFormToken(), result, projectId, user.getName()));
		if (result.hasErrors() || warned(form, form.chosenTriggers(), model)) {
			return newForm(model, form);
		}
		Optional<String> sentBefore = forms.sentBefore(form.getFormToken(), projectId, user.getName(), resent(projectId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		String secret = secretOf(form);
		String target = form.trimmedTarget();
		List<String> triggers = form.chosenTriggers();
		try {
			Recorded<Webhook> created = changes.create(projectId,
					new AddWebhook(target, triggers, secret, form.getSecretChoice() == SecretChoice.GENERATE, user.getName()));
			forms.remember(form.getFormToken(), "/projects/" + projectId + "/webhooks/" + created.result().id());
			MessageSourceResolvable message = Messages.of("webhook.created", target, WebhookTriggers.events(triggers));
			return saved(projectId, created, message, (form.getSecretChoice() == SecretChoice.GENERATE) ? secret : null,
					model, redirect);
		}
		catch (SinchException ex) {
			refused(ex, result, model, Messages.of("webhook.nothing-created"));
			form.setFormToken(forms.showAgain(form.getFormToken(), SinchFailures.nothingMade(ex), projectId, user.getName()));
			return newForm(model, form);
		}
	}

	@GetMapping("/{webhookId}")
	@SinchPage("webhooks/webhook")
	String detail(@PathVariable String projectId, ProjectSummary project, @PathVariable String webhookId, Model model) {
		Webhook webhook = webhook(projectId, webhookId);
		model.addAttribute("form", WebhookForm.of(webhook));
		return detailPage(projectId, webhook, model);
	}

	@PostMapping("/{webhookId}")
	String change(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String webhookId, @ModelAttribute("form") WebhookForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		Webhook current = current(projectId, webhookId, redirect);
		if (current == null) {
			return detailUrl(projectId, webhookId);
		}
		if (portalCallback(projectId, current)) {
			Flash.error(redirect, Messages.of("webhook.portal-callback.not-changed"));
			return detailUrl(projectId, webhookId);
		}
		if (form.getSecretChoice() == null) {
			form.setSecretChoice(SecretChoice.KEEP);
		}
		validate(projectId, form, result);
		// Events Sinch added after the portal's list was written cannot be ticked on the page; they stay as they are.
		List<String> triggers = Stream.concat(form.chosenTriggers().stream(),
				triggersOf(current).stream().filter(trigger -> !WebhookTriggers.known(trigger))).toList();
		boolean triggersChange = !new HashSet<>(triggers).equals(new HashSet<>(triggersOf(current)));
		if (result.hasErrors() || (triggersChange && warned(form, triggers, model))) {
			return detailPage(projectId, current, model);
		}
		String target = form.trimmedTarget();
		String secret = (form.getSecretChoice() == SecretChoice.KEEP) ? null : secretOf(form);
		ChangeWebhook change = new ChangeWebhook(Objects.equals(target, current.target()) ? null : target,
				triggersChange ? triggers : null, secret, form.getSecretChoice() == SecretChoice.GENERATE, user.getName());
		if (!change.changesAnything()) {
			Flash.success(redirect, Messages.of("webhook.unchanged"));
			return detailUrl(projectId, webhookId);
		}
		try {
			Recorded<Webhook> changed = changes.change(projectId, current, change);
			String address = changed.result().target();
			String events = WebhookTriggers.events(triggersOf(changed.result()));
			MessageSourceResolvable message = (secret != null) ? Messages.of("webhook.saved.new-secret", address, events)
					: Messages.of("webhook.saved", address, events);
			return saved(projectId, changed, message, (form.getSecretChoice() == SecretChoice.GENERATE) ? secret : null,
					model, redirect);
		}
		catch (SinchException ex) {
			refused(ex, result, model, Messages.of("webhook.nothing-changed"));
			return detailPage(projectId, current, model);
		}
	}

	@PostMapping("/{webhookId}/delete")
	String delete(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String webhookId, @RequestParam String confirmation,
			RedirectAttributes redirect) {
		Webhook webhook = current(projectId, webhookId, redirect);
		if (webhook == null) {
			return detailUrl(projectId, webhookId);
		}
		if (portalCallback(projectId, webhook)) {
			Flash.error(redirect, Messages.of("webhook.portal-callback.not-deleted"));
			return detailUrl(projectId, webhookId);
		}
		if (!webhook.target().equals(confirmation.trim())) {
			Flash.error(redirect, Messages.of("webhook.delete.confirm", webhook.target()));
			return detailUrl(projectId, webhookId);
		}
		return SinchFailures.attempt(redirect, WebhookRefusals::nextStep, () -> changes.delete(projectId, webhook))
			.map(deleted -> {
				Flash.success(redirect, Messages.of("webhook.deleted", webhook.target()), deleted.auditId());
				return listUrl(projectId);
			})
			.orElse(detailUrl(projectId, webhookId));
	}

	/**
	 * After a change Sinch accepted: a generated secret is shown on this one answer and nowhere else (not even a
	 * flash message, which would keep it in the session); otherwise back to the list with a flash message.
	 */
	private String saved(String projectId, Recorded<Webhook> saved, MessageSourceResolvable message,
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

	private void validate(String projectId, WebhookForm form, BindingResult result) {
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
	private static boolean warned(WebhookForm form, List<String> triggers, Model model) {
		if (WebhookTriggers.allWithOthers(triggers) && !form.isAllWithOthers()) {
			model.addAttribute("allWarning", true);
			return true;
		}
		return false;
	}

	/** Sinch's refusal next to the field it is about, with Sinch's own words at the top of the form. */
	private static void refused(SinchException ex, BindingResult result, Model model,
			MessageSourceResolvable consequence) {
		SinchFailures.rejectFormAll(ex, result, model, SinchFailures.unreachable(consequence),
				refusal -> WebhookRefusals.advice(refusal, consequence));
	}

	private String newForm(Model model, WebhookForm form) {
		form.setSecret(null);
		model.addAttribute("families", WebhookTriggers.FAMILIES);
		return "webhooks/new";
	}

	private String detailPage(String projectId, Webhook webhook, Model model) {
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
	private Webhook webhook(String projectId, String webhookId) {
		return webhooks.find(projectId, webhookId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The webhook a change starts from, or null with the flash message saying why it could not be read. */
	private Webhook current(String projectId, String webhookId, RedirectAttributes redirect) {
		return SinchFailures.attempt(redirect, WebhookRefusals::nextStep, () -> webhook(projectId, webhookId)).orElse(null);
	}

	private boolean portalCallback(String projectId, Webhook webhook) {
		return callbackTargets.callbackTarget(projectId).equals(webhook.target());
	}

	private static List<String> triggersOf(Webhook webhook) {
		return (webhook.triggers() != null) ? webhook.triggers() : List.of();
	}

	private static String secretOf(WebhookForm form) {
		if (form.getSecretChoice() == SecretChoice.PASTE) {
			return form.getSecret();
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** The add form came back a second time (a double click, a reload): one webhook was made, not two. */
	private static Resent resent(String projectId) {
		String list = "/projects/" + projectId + "/webhooks";
		return new Resent(
				Notice.error(Messages.of("webhook.form.sent-already"), list),
				Notice.error(Messages.of("webhook.form.sent-already-unknown"), list));
	}

	private static String listUrl(String projectId) {
		return "redirect:/projects/" + projectId + "/webhooks";
	}

	private static String detailUrl(String projectId, String webhookId) {
		return "redirect:/projects/" + projectId + "/webhooks/" + webhookId;
	}

}
