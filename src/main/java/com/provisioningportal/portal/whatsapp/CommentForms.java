package com.provisioningportal.portal.whatsapp;

import com.provisioningportal.portal.web.OneTimeForms.Notice;
import com.provisioningportal.portal.web.OneTimeForms.Resent;

/** The comment forms of the sender and account pages, each of which adds one comment however often it is sent. */
final class CommentForms {

	private CommentForms() {
	}

	/** A comment form sent again goes back to {@code page}, where the first submit's comment is shown. */
	static Resent resent(String page) {
		Notice notice = Notice.error("This comment form was sent already, so nothing more was added. Look for the comment below; "
				+ "to add another, write it in the form again.", page);
		return new Resent(notice, notice);
	}

}
