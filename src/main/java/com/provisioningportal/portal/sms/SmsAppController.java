package com.provisioningportal.portal.sms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchFailures.Advice;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.PageUrl;
import com.provisioningportal.portal.web.StatusBadges;
import com.provisioningportal.portal.web.StatusTone;

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
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's SMS apps, read live from Sinch: the list, a standalone create, each app's page, rename and delete. */
@Controller
@RequestMapping("/projects/{projectId}/sms/apps")
class SmsAppController implements AccessRules {

	static final int PAGE_SIZE = 20;

	private static final String APPS = "/projects/{projectId}/sms/apps";

	private final SmsAppLookup apps;

	private final SmsAppChanges changes;

	private final OneTimeForms tokens;

	private final StatusBadges badges;

	SmsAppController(SmsAppLookup apps, SmsAppChanges changes, OneTimeForms tokens, StatusBadges badges) {
		this.apps = apps;
		this.badges = badges;
		this.changes = changes;
		this.tokens = tokens;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(APPS, Access.CHANNELS_READ), AccessRule.get(APPS + "/new", Access.CHANNELS_CHANGE),
				AccessRule.get(APPS + "/new/*", Access.CHANNELS_CHANGE),
				AccessRule.post(APPS + "/new/*", Access.CHANNELS_CHANGE),
				AccessRule.get(APPS + "/{smsAppId}", Access.CHANNELS_READ),
				AccessRule.get(APPS + "/{smsAppId}/status", Access.CHANNELS_READ),
				AccessRule.post(APPS + "/{smsAppId}/*", Access.CHANNELS_CHANGE));
	}

	@GetMapping
	@SinchPage(value = "sms/apps", emptyLists = "apps")
	String list(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(required = false) String pageToken, Model model) {
		Page<SmsApp> page = apps.list(projectId, pageToken, PAGE_SIZE);
		model.addAttribute("apps", page.items());
		model.addAttribute("totalSize", page.totalSize());
		model.addAttribute("nextUrl", pageUrl(project, page.nextPageToken()));
		model.addAttribute("previousUrl", (pageToken == null || pageToken.isBlank()) ? null
				: pageUrl(project, (page.previousPageToken() != null) ? page.previousPageToken() : ""));
		model.addAttribute("settingUp", apps.settingUp(projectId));
		return "sms/apps";
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

	@GetMapping("/{smsAppId}")
	@SinchPage("sms/app")
	String detail(@PathVariable String projectId, ProjectSummary project, @PathVariable String smsAppId, Model model) {
		model.addAttribute("renameForm", new RenameSmsAppForm());
		return detailView(projectId, smsAppId, model, true);
	}

	/**
	 * The app's status alone, which its page polls while Sinch is still setting the app (or its SMS channel) up, so
	 * the change shows without a reload.
	 */
	@GetMapping("/{smsAppId}/status")
	ModelAndView status(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String smsAppId, HttpServletResponse response) {
		return StatusPoll.answer(response, false, SmsAppLookup::gone, () -> {
			SmsApp app = apps.get(projectId, smsAppId);
			return new ModelAndView("sms/app :: status", Map.of("project", project, "app", app, "underWay", underWay(app)));
		});
	}

	/** Whether Sinch is still working on the app or its Conversation app's SMS channel. */
	private boolean underWay(SmsApp app) {
		return badges.tone(app.status()) == StatusTone.UNDER_WAY || (app.conversationApiAppDetails() != null
				&& badges.tone(app.conversationApiAppDetails().channelStatus()) == StatusTone.UNDER_WAY);
	}

	@PostMapping("/{smsAppId}/rename")
	@SinchPage("sms/app")
	String rename(@PathVariable String projectId, ProjectSummary project, @PathVariable String smsAppId,
			@Valid @ModelAttribute("renameForm") RenameSmsAppForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detailView(projectId, smsAppId, model, false);
		}
		Optional<SmsApp> app = current(projectId, smsAppId, redirect);
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
			return detailView(projectId, smsAppId, model, false);
		}
	}

	@PostMapping("/{smsAppId}/delete")
	String delete(@PathVariable String projectId, ProjectSummary project, @PathVariable String smsAppId,
			@RequestParam(defaultValue = "") String confirmation, RedirectAttributes redirect) {
		Optional<SmsApp> app = current(projectId, smsAppId, redirect);
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

	/** The app's page; a Sinch failure escapes to the handler's {@link SinchPage}. */
	private String detailView(String projectId, String smsAppId, Model model, boolean fillRenameForm) {
		SmsApp app = apps.find(projectId, smsAppId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("app", app);
		model.addAttribute("underWay", underWay(app));
		if (fillRenameForm) {
			model.addAttribute("renameForm", RenameSmsAppForm.named(app.name()));
		}
		model.addAttribute("madeBy", apps.madeBy(projectId, smsAppId));
		return "sms/app";
	}

	private Optional<SmsApp> current(String projectId, String smsAppId, RedirectAttributes redirect) {
		return SinchFailures.attempt(redirect, SinchRefusals::nextStep, () -> apps.get(projectId, smsAppId));
	}

	private String standaloneView(String projectId, Model model) {
		model.addAttribute("regions", SmsRegion.values());
		model.addAttribute("knownConversationApps", apps.freeConversationApps(projectId));
		return "sms/new-standalone";
	}

	private static String pageUrl(ProjectSummary project, String token) {
		if (token == null) {
			return null;
		}
		return PageUrl.of(APPS, project.projectId()).param("pageToken", token).toString();
	}

}
