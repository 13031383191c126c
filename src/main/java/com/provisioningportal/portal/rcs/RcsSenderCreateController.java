package com.provisioningportal.portal.rcs;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
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
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Making an RCS sender: the form, checked here first and sent to Sinch once. */
@Controller
@RequestMapping(RcsPages.BASE)
class RcsSenderCreateController implements AccessRules {

	private static final String NEW = RcsPages.BASE + "/new";

	private final RcsSenderChanges changes;

	private final OneTimeForms tokens;

	RcsSenderCreateController(RcsSenderChanges changes, OneTimeForms tokens) {
		this.changes = changes;
		this.tokens = tokens;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(NEW, Access.CHANNELS_CHANGE), AccessRule.post(NEW, Access.CHANNELS_CHANGE));
	}

	@GetMapping("/new")
	String form(@PathVariable String projectId, ProjectSummary project, Authentication user, Model model) {
		NewRcsSenderForm form = new NewRcsSenderForm();
		form.setFormToken(tokens.issue(projectId, user.getName()));
		model.addAttribute("form", form);
		return formView(model);
	}

	@PostMapping("/new")
	String create(@PathVariable String projectId, ProjectSummary project,
			@Valid @ModelAttribute("form") NewRcsSenderForm form, BindingResult result, Authentication user, Model model,
			RedirectAttributes redirect) {
		form.validate(result);
		form.setFormToken(tokens.submitted(form.getFormToken(), result, projectId, user.getName()));
		if (result.hasErrors()) {
			return formView(model, result);
		}
		Optional<String> sentBefore = tokens.sentBefore(form.getFormToken(), projectId, user.getName(),
				RcsPages.resent(projectId), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		try {
			RcsSender sender = changes.create(projectId, form.toSender());
			String path = RcsPages.senderPath(projectId, sender.id());
			tokens.remember(form.getFormToken(), path);
			Flash.success(redirect, Messages.of("rcs.sender.created", form.getBrandName().trim()));
			return "redirect:" + path;
		}
		catch (SinchException ex) {
			form.setFormToken(tokens.showAgain(form.getFormToken(), SinchFailures.nothingMade(ex), projectId, user.getName()));
			SinchFailures.rejectForm(ex, result, model, RcsRefusals.CREATE_UNREACHABLE, RcsRefusals::advice);
			return formView(model, result);
		}
	}

	private static String formView(Model model) {
		model.addAttribute("regions", RcsChoices.Region.values());
		model.addAttribute("billingCategories", RcsChoices.BillingCategory.values());
		model.addAttribute("useCases", RcsChoices.UseCase.values());
		model.addAttribute("countryChoices", RcsChoices.COUNTRIES);
		return "rcs/new";
	}

	/** The form again with what was wrong, opening at the first step with a problem. */
	private static String formView(Model model, BindingResult result) {
		NewRcsSenderStep.opening(result).ifPresent(step -> model.addAttribute("openStep", step.id()));
		return formView(model);
	}

}
