package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.StatusTone;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A sender's profile: edited as a draft or sent to Meta for review, and pending changes discarded. */
@Controller
@RequestMapping(SenderPages.BASE)
class SenderProfileController implements AccessRules {

	private final SenderLookup senders;

	private final SenderChanges changes;

	SenderProfileController(SenderLookup senders, SenderChanges changes) {
		this.senders = senders;
		this.changes = changes;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(SenderPages.BASE + "/{senderId}/edit", Access.CHANNELS_CHANGE),
				AccessRule.post(SenderPages.BASE + "/{senderId}/edit", Access.CHANNELS_CHANGE),
				AccessRule.post(SenderPages.BASE + "/{senderId}/discard", Access.CHANNELS_CHANGE));
	}

	@GetMapping("/{senderId}/edit")
	String editForm(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId, Model model,
			RedirectAttributes redirect) {
		Optional<WhatsAppSender> sender = SenderPages.current(senders, projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return SenderPages.detailRedirect(projectId, senderId);
		}
		if (!"ACTIVE".equals(sender.get().state())) {
			Flash.error(redirect, Messages.of("whatsapp.sender.edit.not-active",
					StatusTone.label(sender.get().state()).toLowerCase(Locale.ROOT)));
			return SenderPages.detailRedirect(projectId, senderId);
		}
		model.addAttribute("form", ProfileForm.of(sender.get()));
		return editPage(sender.get(), model);
	}

	@PostMapping("/{senderId}/edit")
	String edit(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
			@RequestParam(defaultValue = "submit") String action, Model model, RedirectAttributes redirect) {
		Optional<WhatsAppSender> sender = SenderPages.current(senders, projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return SenderPages.detailRedirect(projectId, senderId);
		}
		if (form.getVertical() != null && !form.getVertical().isBlank() && !ProfileForm.VERTICALS.contains(form.getVertical())) {
			Messages.reject(result, "vertical", Messages.of("whatsapp.sender.vertical.unknown"));
		}
		ProfileEdit edit = form.changesFrom(ProfileForm.profile(sender.get()), !"draft".equals(action));
		if (edit.isEmpty() && edit.submit()) {
			// Submitting a draft unchanged sends its fields again, now for review: Sinch needs at least one field.
			edit = ProfileEdit.submitting(sender.get());
		}
		if (!result.hasErrors() && edit.isEmpty()) {
			Messages.reject(result, null, Messages.of("whatsapp.sender.edit.unchanged"));
		}
		if (result.hasErrors()) {
			return editPage(sender.get(), model);
		}
		try {
			WhatsAppSender updated = changes.editProfile(projectId, sender.get(), edit);
			Flash.success(redirect, edit.submit() ? Messages.of("whatsapp.sender.edit.submitted", fieldList(edit))
					: Messages.of("whatsapp.sender.edit.drafted", fieldList(edit)));
			return SenderPages.detailRedirect(projectId, updated.id());
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachable(Messages.of("whatsapp.nothing-changed")),
					refused -> SinchFailures.Advice.form(SinchAdvice.nextStep(refused)));
			return editPage(sender.get(), model);
		}
	}

	@PostMapping("/{senderId}/discard")
	String discard(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String senderId, RedirectAttributes redirect) {
		Optional<WhatsAppSender> sender = SenderPages.current(senders, projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return SenderPages.detailRedirect(projectId, senderId);
		}
		SenderPages.perform(redirect, () -> changes.discardChanges(projectId, sender.get()),
				Messages.of("whatsapp.sender.changes.discarded"));
		return SenderPages.detailRedirect(projectId, senderId);
	}

	private static String editPage(WhatsAppSender sender, Model model) {
		model.addAttribute("sender", sender);
		model.addAttribute("verticals", ProfileForm.VERTICALS);
		model.addAttribute("displayNameUnderReview", "PENDING".equals(SenderStatus.displayNameReview(sender)));
		return "whatsapp/sender-edit";
	}

	private static String fieldList(ProfileEdit edit) {
		return String.join(", ", edit.changed().keySet().stream().map(field -> SenderFields.label(field).toLowerCase(Locale.ROOT)).toList());
	}

}
