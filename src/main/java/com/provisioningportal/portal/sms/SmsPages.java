package com.provisioningportal.portal.sms;

import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the SMS pages share: their addresses, and how a repeated submit is answered. */
final class SmsPages {

	private SmsPages() {
	}

	static String appsPath(String projectId) {
		return "/projects/" + projectId + "/sms/apps";
	}

	static String appPath(String projectId, String smsAppId) {
		return appsPath(projectId) + "/" + smsAppId;
	}

	static String bundlePath(String projectId, String bundleId) {
		return appsPath(projectId) + "/bundles/" + bundleId;
	}

	/** A form sent again: show what the first submit made instead of making it twice. */
	static String alreadySent(RedirectAttributes redirect, OneTimeForms.Claim claimed, String projectId) {
		if (claimed.resultPath() != null) {
			Flash.success(redirect, Messages.of("sms.form.sent-already"));
			return "redirect:" + claimed.resultPath();
		}
		Flash.error(redirect, Messages.of("sms.form.sent-already-or-expired"));
		return "redirect:" + appsPath(projectId);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
