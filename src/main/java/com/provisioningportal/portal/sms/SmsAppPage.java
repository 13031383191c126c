package com.provisioningportal.portal.sms;

import java.util.Optional;

import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.web.StatusBadges;
import com.provisioningportal.portal.web.StatusTone;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One SMS app's page, shown by its own address and again by a rename Sinch or the form refused. */
@Component
class SmsAppPage {

	private final SmsAppLookup apps;

	private final StatusBadges badges;

	SmsAppPage(SmsAppLookup apps, StatusBadges badges) {
		this.apps = apps;
		this.badges = badges;
	}

	/** The app's page; a Sinch failure escapes to the handler's {@link SinchPage}. */
	String show(String projectId, String smsAppId, Model model, boolean fillRenameForm) {
		SmsApp app = apps.find(projectId, smsAppId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("app", app);
		model.addAttribute("underWay", underWay(app));
		if (fillRenameForm) {
			model.addAttribute("renameForm", RenameSmsAppForm.named(app.name()));
		}
		model.addAttribute("madeBy", apps.madeBy(projectId, smsAppId));
		return "sms/app";
	}

	/** Whether Sinch is still working on the app or its Conversation app's SMS channel. */
	boolean underWay(SmsApp app) {
		return badges.tone(app.status()) == StatusTone.UNDER_WAY || (app.conversationApiAppDetails() != null
				&& badges.tone(app.conversationApiAppDetails().channelStatus()) == StatusTone.UNDER_WAY);
	}

	/** The app a change starts from, or empty with the flash message saying why it could not be read. */
	Optional<SmsApp> current(String projectId, String smsAppId, RedirectAttributes redirect) {
		return SinchFailures.attempt(redirect, SinchRefusals::nextStep, () -> apps.get(projectId, smsAppId));
	}

}
