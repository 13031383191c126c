package com.provisioningportal.portal.sms;

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
				Notice.success("This form was sent already, so nothing new was created. Here is what it made.", null),
				Notice.error("This form was sent already or has expired, so nothing new was created. "
						+ "Check the list below before starting again.", appsPath(projectId)));
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
