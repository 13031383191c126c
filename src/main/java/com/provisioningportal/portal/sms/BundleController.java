package com.provisioningportal.portal.sms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.sms.Bundle;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A new SMS app together with a new Conversation app, made by one bundle at Sinch, and the progress of that bundle
 * until Sinch finishes it.
 */
@Controller
@RequestMapping("/projects/{projectId}/sms/apps")
class BundleController implements AccessRules {

	private final SmsAppLookup apps;

	private final SmsAppChanges changes;

	private final OneTimeForms tokens;

	private final BundleRequests requests;

	BundleController(SmsAppLookup apps, SmsAppChanges changes, OneTimeForms tokens,
			BundleRequests requests) {
		this.apps = apps;
		this.changes = changes;
		this.tokens = tokens;
		this.requests = requests;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/sms/apps/bundles/{bundleId}", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/sms/apps/bundles/{bundleId}/progress", Access.CHANNELS_READ));
	}

	@GetMapping("/new/bundle")
	String bundleForm(@PathVariable String projectId, ProjectSummary project, Authentication user, Model model) {
		NewBundleForm form = new NewBundleForm();
		form.setFormToken(tokens.issue(projectId, user.getName()));
		model.addAttribute("form", form);
		return formView(model);
	}

	@PostMapping("/new/bundle")
	String create(@PathVariable String projectId, ProjectSummary project,
			@Valid @ModelAttribute("form") NewBundleForm form, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		form.validateWebhooks(result);
		form.setFormToken(tokens.submitted(form.getFormToken(), result, projectId, user.getName()));
		if (result.hasErrors()) {
			form.forgetSecrets();
			return formView(model);
		}
		Optional<String> sentBefore = tokens.sentBefore(form.getFormToken(), projectId, user.getName(),
				SmsPages.resent(projectId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		try {
			Bundle bundle = changes.createBundle(form.toCommand(projectId), user.getName());
			String path = SmsPages.bundlePath(projectId, bundle.id());
			tokens.remember(form.getFormToken(), path);
			Flash.success(redirect, Messages.of("sms.bundle.created", form.getName().trim()));
			return "redirect:" + path;
		}
		catch (SinchException ex) {
			form.setFormToken(tokens.showAgain(form.getFormToken(), SinchFailures.nothingMade(ex), projectId, user.getName()));
			form.forgetSecrets();
			SinchFailures.rejectForm(ex, result, model, SinchRefusals.CREATE_UNREACHABLE, SinchRefusals::advice);
			return formView(model);
		}
	}

	@GetMapping("/bundles/{bundleId}")
	@SinchPage("sms/bundle")
	String progressPage(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String bundleId, Model model) {
		model.addAllAttributes(progress(projectId, readBundle(projectId, bundleId)));
		return "sms/bundle";
	}

	/** The progress alone, which the page polls while Sinch is still working, so it changes without a reload. */
	@GetMapping("/bundles/{bundleId}/progress")
	ModelAndView progressFragment(@PathVariable String projectId, ProjectSummary project, @PathVariable String bundleId,
			HttpServletResponse response) {
		return StatusPoll.answer(response, false, SmsAppLookup::gone, () -> {
			Map<String, Object> model = progress(projectId, readBundle(projectId, bundleId));
			model.put("project", project);
			return new ModelAndView("sms/bundle :: progress", model);
		});
	}

	private Bundle readBundle(String projectId, String bundleId) {
		return apps.findBundle(projectId, bundleId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Map<String, Object> progress(String projectId, Bundle bundle) {
		BundleRequests.Request request = requests.find(projectId, bundle.id()).orElse(null);
		Map<String, Object> model = new java.util.HashMap<>();
		model.put("bundle", bundle);
		model.put("bundleRequest", request);
		model.put("steps", BundleProgress.steps(bundle, request));
		model.put("underWay", !BundleStatus.FINISHED.contains(bundle.state()));
		return model;
	}

	private static String formView(Model model) {
		model.addAttribute("regions", SmsRegion.values());
		model.addAttribute("triggers", NewBundleForm.TRIGGERS);
		return "sms/new-bundle";
	}

}
