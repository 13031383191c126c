package com.provisioningportal.portal.whatsapp;

import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms.Notice;
import com.provisioningportal.portal.web.OneTimeForms.Resent;

/** The comment forms of the sender and account pages, each of which adds one comment however often it is sent. */
final class CommentForms {

	private CommentForms() {
	}

	/** A comment form sent again goes back to {@code page}, where the first submit's comment is shown. */
	static Resent resent(String page) {
		Notice notice = Notice.error(Messages.of("whatsapp.comment.sent-already"), page);
		return new Resent(notice, notice);
	}

}
