package com.provisioningportal.portal.sms;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchFailures.Advice;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Renaming an SMS app and deleting one with a typed confirmation. */
@Controller
@RequestMapping("/projects/{projectId}/sms/apps")
class SmsAppChangeController implements AccessRules {

	private final SmsAppChanges changes;

	private final SmsAppPage page;

	SmsAppChangeController(SmsAppChanges changes, SmsAppPage page) {
		this.changes = changes;
		this.page = page;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post("/projects/{projectId}/sms/apps/{smsAppId}/*", Access.CHANNELS_CHANGE));
	}

	@PostMapping("/{smsAppId}/rename")
	@SinchPage("sms/app")
	String rename(@PathVariable String projectId, ProjectSummary project, @PathVariable String smsAppId,
			@Valid @ModelAttribute("renameForm") RenameSmsAppForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page.show(projectId, smsAppId, model, false);
		}
		Optional<SmsApp> app = page.current(projectId, smsAppId, redirect);
		if (app.isEmpty()) {
			return "redirect:" + SmsPages.appPath(projectId, smsAppId);
		}
		String newName = form.getName().trim();
		try {
			changes.rename(projectId, app.get(), newName);
			Flash.success(redirect, Messages.of("sms.app.renamed", app.get().name(), newName));
			return "redirect:" + SmsPages.appPath(projectId, smsAppId);
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachable(Messages.of("sinch.nothing-changed")),
					refused -> new Advice("name", SinchFailures.flash(refused, SinchRefusals::nextStep)));
			return page.show(projectId, smsAppId, model, false);
		}
	}

	@PostMapping("/{smsAppId}/delete")
	String delete(@PathVariable String projectId, ProjectSummary project, @PathVariable String smsAppId,
			@RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
		Optional<SmsApp> app = page.current(projectId, smsAppId, redirect);
		if (app.isEmpty()) {
			return "redirect:" + SmsPages.appPath(projectId, smsAppId);
		}
		if (!app.get().name().equals(confirmation.trim())) {
			Flash.error(redirect, Messages.of("sms.app.delete.confirm", app.get().name()));
			return "redirect:" + SmsPages.appPath(projectId, smsAppId);
		}
		if (!SinchFailures.attempt(redirect, SinchRefusals::nextStep, () -> changes.delete(projectId, app.get()))) {
			return "redirect:" + SmsPages.appPath(projectId, smsAppId);
		}
		Flash.success(redirect, Messages.of("sms.app.deleted", app.get().name()));
		return "redirect:" + SmsPages.appsPath(projectId);
	}

}
