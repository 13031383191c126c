package com.provisioningportal.portal.whatsapp;

import java.util.Optional;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Flash;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the sender pages share: their address, the sender a change starts from, and how a change is answered. */
final class SenderPages {

	static final String BASE = "/projects/{projectId}/whatsapp/senders";

	private SenderPages() {
	}

	/** The sender as Sinch has it now, or empty with the flash message saying why it could not be read. */
	static Optional<WhatsAppSender> current(SenderLookup senders, String projectId, String senderId, RedirectAttributes redirect) {
		return SinchFailures.attempt(redirect, SinchAdvice::nextStep, () -> senders.get(projectId, senderId));
	}

	/** Runs a change and says how it went in the next page's flash message; true when Sinch accepted it. */
	static boolean perform(RedirectAttributes redirect, Runnable change, MessageSourceResolvable done) {
		boolean made = SinchFailures.attempt(redirect, SinchAdvice::nextStep, change);
		if (made) {
			Flash.success(redirect, done);
		}
		return made;
	}

	static String phone(WhatsAppSender sender) {
		return "+" + sender.countryCode() + " " + sender.phoneNumber();
	}

	static String detailRedirect(String projectId, String senderId) {
		return "redirect:/projects/" + projectId + "/whatsapp/senders/" + senderId;
	}

}
