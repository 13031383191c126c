package com.provisioningportal.portal.sms;

import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.OneTimeForms.Notice;

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
	static OneTimeForms.Resent resent(String projectId) {
		return new OneTimeForms.Resent(
				Notice.success(Messages.of("sms.form.sent-already"), null),
				Notice.error(Messages.of("sms.form.sent-already-or-expired"), appsPath(projectId)));
	}

}
