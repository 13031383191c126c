package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderRegistration;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What the sender's page asks of Sinch: comments for its team, the number's verification, and the delete. */
@Controller
@RequestMapping(SenderPages.BASE)
class SenderActionController implements AccessRules {

	private final SenderLookup senders;

	private final SenderChanges changes;

	private final OneTimeForms forms;

	SenderActionController(SenderLookup senders, SenderChanges changes, OneTimeForms forms) {
		this.senders = senders;
		this.changes = changes;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(SenderPages.BASE + "/{senderId}/comments", Access.CHANNELS_CHANGE),
				AccessRule.post(SenderPages.BASE + "/{senderId}/register", Access.CHANNELS_CHANGE),
				AccessRule.post(SenderPages.BASE + "/{senderId}/verify", Access.CHANNELS_CHANGE),
				AccessRule.post(SenderPages.BASE + "/{senderId}/delete", Access.CHANNELS_CHANGE));
	}

	@PostMapping("/{senderId}/comments")
	String comment(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String senderId, @RequestParam String comment,
			@RequestParam(required = false) String formToken, Authentication user, RedirectAttributes redirect) {
		if (comment.isBlank() || comment.length() > 1000) {
			Flash.error(redirect, Messages.of("whatsapp.comment.length"));
			return SenderPages.detailRedirect(projectId, senderId);
		}
		Optional<String> sentBefore = forms.sentBefore(formToken, projectId, user.getName(),
				CommentForms.resent("/projects/" + projectId + "/whatsapp/senders/" + senderId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		SenderPages.perform(redirect, () -> changes.comment(projectId, senderId, comment.trim()),
				Messages.of("whatsapp.sender.comment.added"));
		return SenderPages.detailRedirect(projectId, senderId);
	}

	@PostMapping("/{senderId}/register")
	String requestCode(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(defaultValue = "SMS") String method, RedirectAttributes redirect) {
		String chosen = "VOICE".equals(method) ? "VOICE" : "SMS";
		Optional<WhatsAppSenderRegistration> registration = SinchFailures.attempt(redirect, SinchAdvice::nextStep,
				() -> changes.requestCode(projectId, senderId, chosen));
		if (registration.isPresent() && Boolean.FALSE.equals(registration.get().verificationCodeSent())) {
			Flash.success(redirect, Messages.of("whatsapp.sender.code.not-needed"));
			// In the address rather than the flash, so a reload still offers it; Sinch refuses it for other numbers.
			return SenderPages.detailRedirect(projectId, senderId) + "?verification=without-code";
		}
		if (registration.isPresent()) {
			Flash.success(redirect, "VOICE".equals(chosen) ? Messages.of("whatsapp.sender.code.requested.voice")
					: Messages.of("whatsapp.sender.code.requested.sms"));
		}
		return SenderPages.detailRedirect(projectId, senderId);
	}

	/** Sends the code; without one ({@code withoutCode}) for a number Meta has verified already, as Sinch allows. */
	@PostMapping("/{senderId}/verify")
	String verify(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(required = false) String code, @RequestParam(defaultValue = "false") boolean withoutCode,
			RedirectAttributes redirect) {
		String digits = (code == null) ? "" : code.replaceAll("[\\s-]", "");
		if (!withoutCode && !digits.matches("\\d{6}")) {
			Flash.error(redirect, Messages.of("whatsapp.sender.code.format"));
			return SenderPages.detailRedirect(projectId, senderId);
		}
		SenderPages.perform(redirect, () -> changes.verify(projectId, senderId, withoutCode ? null : digits),
				withoutCode ? Messages.of("whatsapp.sender.verified.without-code") : Messages.of("whatsapp.sender.verified"));
		return SenderPages.detailRedirect(projectId, senderId);
	}

	@PostMapping("/{senderId}/delete")
	String delete(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String senderId, @RequestParam String confirmation,
			RedirectAttributes redirect) {
		Optional<WhatsAppSender> sender = SenderPages.current(senders, projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return SenderPages.detailRedirect(projectId, senderId);
		}
		String expected = SenderPages.phone(sender.get());
		if (!expected.equals(confirmation.trim())) {
			Flash.error(redirect, Messages.of("whatsapp.sender.delete.confirm", expected));
			return SenderPages.detailRedirect(projectId, senderId);
		}
		boolean deleted = SenderPages.perform(redirect, () -> changes.delete(projectId, sender.get()),
				Messages.of("whatsapp.sender.deleted", expected));
		return deleted ? "redirect:/projects/" + project.projectId() + "/whatsapp/senders" : SenderPages.detailRedirect(projectId, senderId);
	}

}
