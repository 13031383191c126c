package com.provisioningportal.portal.rcs;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.Change;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSenderUpdate;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editing a sender's brand, contacts, legal pages and countries; only what changed is sent. */
@Controller
@RequestMapping(RcsPages.BASE)
class RcsSenderEditController implements AccessRules {

	private final RcsSenderLookup senders;

	private final RcsSenderChanges changes;

	RcsSenderEditController(RcsSenderLookup senders, RcsSenderChanges changes) {
		this.senders = senders;
		this.changes = changes;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(RcsPages.BASE + "/{senderId}/edit", Access.CHANNELS_CHANGE));
	}

	@GetMapping("/{senderId}/edit")
	@SinchPage("rcs/edit")
	String form(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId, Model model) {
		RcsSender sender = read(projectId, senderId);
		model.addAttribute("form", RcsBrandForm.of(sender));
		return view(sender, model);
	}

	@PostMapping("/{senderId}/edit")
	@SinchPage("rcs/edit")
	String save(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@Valid @ModelAttribute("form") RcsBrandForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		RcsSender sender = read(projectId, senderId);
		form.validate(result);
		if (result.hasErrors()) {
			return view(sender, model);
		}
		Map<String, Change<?>> brand = form.changesFrom((sender.details() != null) ? sender.details().brand() : null);
		List<String> before = (sender.details() != null && sender.details().countries() != null)
				? sender.details().countries() : List.of();
		List<String> countries = form.getCountries().equals(before) ? null : List.copyOf(form.getCountries());
		if (brand.isEmpty() && countries == null) {
			Flash.success(redirect, Messages.of("rcs.sender.unchanged"));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		try {
			changes.edit(projectId, sender, new RcsSenderUpdate(brand, null, countries, null));
			Flash.success(redirect, Messages.of("rcs.sender.saved", form.getBrandName().trim()));
			return RcsPages.senderRedirect(projectId, senderId);
		}
		catch (SinchException ex) {
			SinchFailures.rejectForm(ex, result, model, SinchFailures.unreachable(Messages.of("sinch.nothing-changed")),
					refused -> SinchFailures.Advice.form(SinchFailures.flash(refused, RcsRefusals::nextStep)));
			return view(sender, model);
		}
	}

	private RcsSender read(String projectId, String senderId) {
		return senders.find(projectId, senderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String view(RcsSender sender, Model model) {
		model.addAttribute("sender", sender);
		model.addAttribute("countryChoices", RcsChoices.COUNTRIES);
		return "rcs/edit";
	}

}
