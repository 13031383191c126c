package com.provisioningportal.portal.sms;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.PageLinks;
import com.provisioningportal.portal.web.PageUrl;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A project's SMS apps, read live from Sinch: the list, and each app's page and its status while Sinch sets it up. */
@Controller
@RequestMapping("/projects/{projectId}/sms/apps")
class SmsAppController implements AccessRules {

	static final int PAGE_SIZE = 20;

	private static final String APPS = "/projects/{projectId}/sms/apps";

	private final SmsAppLookup apps;

	private final SmsAppPage page;

	SmsAppController(SmsAppLookup apps, SmsAppPage page) {
		this.apps = apps;
		this.page = page;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(APPS, Access.CHANNELS_READ), AccessRule.get(APPS + "/{smsAppId}", Access.CHANNELS_READ),
				AccessRule.get(APPS + "/{smsAppId}/status", Access.CHANNELS_READ));
	}

	@GetMapping
	@SinchPage(value = "sms/apps", emptyLists = "apps")
	String list(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(required = false) String pageToken, Model model) {
		Page<SmsApp> page = apps.list(projectId, pageToken, PAGE_SIZE);
		model.addAttribute("apps", page.items());
		model.addAttribute("totalSize", page.totalSize());
		PageLinks.add(model, pageToken, page.nextPageToken(), page.previousPageToken(), token -> pageUrl(project, token));
		model.addAttribute("settingUp", apps.settingUp(projectId));
		return "sms/apps";
	}

	@GetMapping("/{smsAppId}")
	@SinchPage("sms/app")
	String detail(@PathVariable String projectId, ProjectSummary project, @PathVariable String smsAppId, Model model) {
		model.addAttribute("renameForm", new RenameSmsAppForm());
		return page.show(projectId, smsAppId, model, true);
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
			return new ModelAndView("sms/app :: status", Map.of("project", project, "app", app, "underWay", page.underWay(app)));
		});
	}

	private static String pageUrl(ProjectSummary project, String token) {
		return PageUrl.of(APPS, project.projectId()).param("pageToken", token).toString();
	}

}
