package com.provisioningportal.portal.sms;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;

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

/** Making an SMS app: the choice between a bundle and a standalone app, and the standalone form, sent once. */
@Controller
@RequestMapping("/projects/{projectId}/sms/apps")
class SmsAppCreateController implements AccessRules {

	private static final String NEW = "/projects/{projectId}/sms/apps/new";

	private final SmsAppLookup apps;

	private final SmsAppChanges changes;

	private final OneTimeForms tokens;

	SmsAppCreateController(SmsAppLookup apps, SmsAppChanges changes, OneTimeForms tokens) {
		this.apps = apps;
		this.changes = changes;
		this.tokens = tokens;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(NEW, Access.CHANNELS_CHANGE), AccessRule.get(NEW + "/*", Access.CHANNELS_CHANGE),
				AccessRule.post(NEW + "/*", Access.CHANNELS_CHANGE));
	}

	@GetMapping("/new")
	String chooseWay(@PathVariable String projectId, ProjectSummary project, Model model) {
		return "sms/new";
	}

	@GetMapping("/new/standalone")
	String standaloneForm(@PathVariable String projectId, ProjectSummary project, Authentication user, Model model) {
		NewSmsAppForm form = new NewSmsAppForm();
		form.setFormToken(tokens.issue(projectId, user.getName()));
		model.addAttribute("form", form);
		return standaloneView(projectId, model);
	}

	@PostMapping("/new/standalone")
	String createStandalone(@PathVariable String projectId, ProjectSummary project,
			@Valid @ModelAttribute("form") NewSmsAppForm form,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		form.setFormToken(tokens.submitted(form.getFormToken(), result, projectId, user.getName()));
		if (result.hasErrors()) {
			return standaloneView(projectId, model);
		}
		Optional<String> sentBefore = tokens.sentBefore(form.getFormToken(), projectId, user.getName(),
				SmsPages.resent(projectId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		try {
			SmsApp app = changes.createStandalone(form.toCommand(projectId));
			String path = SmsPages.appPath(projectId, app.id());
			tokens.remember(form.getFormToken(), path);
			Flash.success(redirect, (app.conversationApiAppDetails() != null)
					? Messages.of("sms.app.created.linked", app.name(), app.conversationApiAppDetails().id())
					: Messages.of("sms.app.created", app.name()));
			return "redirect:" + path;
		}
		catch (SinchException ex) {
			form.setFormToken(tokens.showAgain(form.getFormToken(), SinchFailures.nothingMade(ex), projectId, user.getName()));
			SinchFailures.rejectForm(ex, result, model, SinchRefusals.CREATE_UNREACHABLE, SinchRefusals::advice);
			return standaloneView(projectId, model);
		}
	}

	private String standaloneView(String projectId, Model model) {
		model.addAttribute("regions", SmsRegion.values());
		model.addAttribute("knownConversationApps", apps.freeConversationApps(projectId));
		return "sms/new-standalone";
	}

}
