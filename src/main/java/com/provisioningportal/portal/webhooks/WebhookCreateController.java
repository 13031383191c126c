package com.provisioningportal.portal.webhooks;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchChanges.Recorded;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.OneTimeForms.Notice;
import com.provisioningportal.portal.web.OneTimeForms.Resent;
import com.provisioningportal.portal.webhooks.WebhookChanges.AddWebhook;
import com.provisioningportal.portal.webhooks.WebhookForm.SecretChoice;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding a provisioning webhook to a project: the form, and sending it to Sinch once however often it is sent. */
@Controller
@RequestMapping("/projects/{projectId}/webhooks")
class WebhookCreateController implements AccessRules {

	private final WebhookChanges changes;

	private final WebhookPages pages;

	private final OneTimeForms forms;

	WebhookCreateController(WebhookChanges changes, WebhookPages pages, OneTimeForms forms) {
		this.changes = changes;
		this.pages = pages;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/webhooks/new", Access.CHANNELS_CHANGE),
				AccessRule.post("/projects/{projectId}/webhooks", Access.CHANNELS_CHANGE));
	}

	@GetMapping("/new")
	String newWebhook(@PathVariable String projectId, ProjectSummary project, Authentication user, Model model) {
		WebhookForm form = new WebhookForm();
		form.setFormToken(forms.issue(projectId, user.getName()));
		model.addAttribute("form", form);
		return WebhookPages.newForm(model, form);
	}

	@PostMapping
	String create(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute("form") WebhookForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		if (form.getSecretChoice() == null || form.getSecretChoice() == SecretChoice.KEEP) {
			form.setSecretChoice(SecretChoice.GENERATE);
		}
		pages.validate(projectId, form, result);
		form.setFormToken(forms.submitted(form.getFormToken(), result, projectId, user.getName()));
		if (result.hasErrors() || WebhookPages.warned(form, form.chosenTriggers(), model)) {
			return WebhookPages.newForm(model, form);
		}
		Optional<String> sentBefore = forms.sentBefore(form.getFormToken(), projectId, user.getName(), resent(projectId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		String secret = WebhookPages.secretOf(form);
		String target = form.trimmedTarget();
		List<String> triggers = form.chosenTriggers();
		try {
			Recorded<Webhook> created = changes.create(projectId,
					new AddWebhook(target, triggers, secret, form.getSecretChoice() == SecretChoice.GENERATE, user.getName()));
			forms.remember(form.getFormToken(), "/projects/" + projectId + "/webhooks/" + created.result().id());
			MessageSourceResolvable message = Messages.of("webhook.created", target, WebhookTriggers.events(triggers));
			return WebhookPages.saved(projectId, created, message,
					(form.getSecretChoice() == SecretChoice.GENERATE) ? secret : null, model, redirect);
		}
		catch (SinchException ex) {
			WebhookPages.refused(ex, result, model, Messages.of("webhook.nothing-created"));
			form.setFormToken(forms.showAgain(form.getFormToken(), SinchFailures.nothingMade(ex), projectId, user.getName()));
			return WebhookPages.newForm(model, form);
		}
	}

	/** The add form came back a second time (a double click, a reload): one webhook was made, not two. */
	private static Resent resent(String projectId) {
		String list = "/projects/" + projectId + "/webhooks";
		return new Resent(Notice.error(Messages.of("webhook.form.sent-already"), list),
				Notice.error(Messages.of("webhook.form.sent-already-unknown"), list));
	}

}
