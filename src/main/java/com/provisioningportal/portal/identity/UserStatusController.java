package com.provisioningportal.portal.identity;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Whether a user may sign in: disabling, enabling and unlocking them. */
@Controller
@RequestMapping("/admin/users/{id}")
class UserStatusController implements AccessRules {

	private final UserAdministration administration;

	UserStatusController(UserAdministration administration) {
		this.administration = administration;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.post("/admin/users/{id}/disable", Access.ADMIN),
				AccessRule.post("/admin/users/{id}/enable", Access.ADMIN), AccessRule.post("/admin/users/{id}/unlock", Access.ADMIN));
	}

	@PostMapping("/disable")
	String disable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return applyStatus(id, false, authentication, redirect);
	}

	@PostMapping("/enable")
	String enable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return applyStatus(id, true, authentication, redirect);
	}

	@PostMapping("/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		UserSummary user = administration.unlock(id);
		Flash.success(redirect, Messages.of("user.unlocked", user.username()));
		return "redirect:/admin/users/" + id;
	}

	private String applyStatus(long id, boolean enabled, Authentication authentication, RedirectAttributes redirect) {
		try {
			UserSummary user = administration.setEnabled(id, enabled, authentication.getName());
			Flash.success(redirect, enabled ? Messages.of("user.enabled", user.username())
					: Messages.of("user.disabled", user.username()));
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
		}
		return "redirect:/admin/users/" + id;
	}

}
