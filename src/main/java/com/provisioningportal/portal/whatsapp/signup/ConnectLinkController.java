package com.provisioningportal.portal.whatsapp.signup;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The single-use links a specialist sends the customer: creating one, revoking one. */
@Controller
@RequestMapping(ConnectPages.BASE + "/links")
class ConnectLinkController implements AccessRules {

	private final SignupLinks signupLinks;

	private final ConnectPage page;

	ConnectLinkController(SignupLinks signupLinks, ConnectPage page) {
		this.signupLinks = signupLinks;
		this.page = page;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post(ConnectPages.BASE + "/links", Access.CHANNELS_CHANGE),
				AccessRule.post(ConnectPages.BASE + "/links/{linkId}/revoke", Access.CHANNELS_CHANGE));
	}

	@PostMapping
	String createLink(@PathVariable String projectId, ProjectSummary project,
			@ModelAttribute SignupForm signupForm, BindingResult result,
			Principal principal, Model model, RedirectAttributes redirect) {
		Optional<String> refusal = page.refusal(signupForm, result, project, model, redirect);
		if (refusal.isPresent()) {
			return refusal.get();
		}
		SignupLinks.CreatedLink link = signupLinks.createLink(projectId, signupForm.toDefaults(), principal.getName());
		redirect.addFlashAttribute("createdLinkUrl", link.url());
		Flash.success(redirect, Messages.of("whatsapp.signup.link.created"));
		return ConnectPages.home(projectId);
	}

	@PostMapping("/{linkId}/revoke")
	String revokeLink(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String linkId, Principal principal,
			RedirectAttributes redirect) {
		Optional<UUID> id = ConnectPages.parse(linkId);
		if (id.isEmpty()) {
			// Not even a link id: answered as a link of another project is.
			Flash.error(redirect, Messages.of("whatsapp.signup.link.unknown"));
			return ConnectPages.home(projectId);
		}
		try {
			signupLinks.revokeLink(projectId, id.get(), principal.getName());
			Flash.success(redirect, Messages.of("whatsapp.signup.link.revoked"));
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
		}
		return ConnectPages.home(projectId);
	}

}
