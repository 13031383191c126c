package com.provisioningportal.portal.whatsapp.signup;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;

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

	private final MetaSettings settings;

	ConnectLinkController(SignupLinks signupLinks, ConnectPage page, MetaSettings settings) {
		this.signupLinks = signupLinks;
		this.page = page;
		this.settings = settings;
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
		if (!settings.complete()) {
			Flash.error(redirect, "Embedded Signup is not configured yet: " + String.join(", ", settings.missing()) + " missing.");
			return ConnectPages.home(projectId);
		}
		signupForm.validate(result);
		if (result.hasErrors()) {
			return page.show(project, model);
		}
		SignupLinks.CreatedLink link = signupLinks.createLink(projectId, signupForm.toDefaults(), principal.getName());
		redirect.addFlashAttribute("createdLinkUrl", link.url());
		Flash.success(redirect, "Link created. Copy it into an email to the customer: it works once and expires in 7 days.");
		return ConnectPages.home(projectId);
	}

	@PostMapping("/{linkId}/revoke")
	String revokeLink(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String linkId, Principal principal,
			RedirectAttributes redirect) {
		try {
			signupLinks.revokeLink(projectId, uuid(linkId), principal.getName());
			Flash.success(redirect, "Link revoked. Whoever opens it now is told to ask for a new one.");
		}
		catch (SignupRefused ex) {
			Flash.error(redirect, ex.getMessage());
		}
		return ConnectPages.home(projectId);
	}

	private static UUID uuid(String value) {
		return ConnectPages.parse(value).orElseThrow(() -> new SignupRefused("There is no such link in this project."));
	}

}
