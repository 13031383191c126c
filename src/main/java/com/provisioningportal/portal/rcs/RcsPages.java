package com.provisioningportal.portal.rcs;

import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.OneTimeForms.Notice;

/** What the RCS pages share: their addresses, and how a repeated submit is answered. */
final class RcsPages {

	static final String BASE = "/projects/{projectId}/rcs/senders";

	private RcsPages() {
	}

	static String sendersPath(String projectId) {
		return "/projects/" + projectId + "/rcs/senders";
	}

	static String senderPath(String projectId, String senderId) {
		return sendersPath(projectId) + "/" + senderId;
	}

	static String senderRedirect(String projectId, String senderId) {
		return "redirect:" + senderPath(projectId, senderId);
	}

	/** The create form sent again: show what the first submit made instead of making it twice. */
	static OneTimeForms.Resent resent(String projectId) {
		return new OneTimeForms.Resent(
				Notice.success(Messages.of("rcs.form.sent-already"), null),
				Notice.error(Messages.of("rcs.form.sent-already-or-expired"), sendersPath(projectId)));
	}

	/** A comment form sent again goes back to the sender, where the first submit's comment is shown. */
	static OneTimeForms.Resent commentResent(String projectId, String senderId) {
		Notice notice = Notice.error(Messages.of("rcs.comment.sent-already"), senderPath(projectId, senderId));
		return new OneTimeForms.Resent(notice, notice);
	}

}
