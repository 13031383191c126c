package com.provisioningportal.portal.identity;

import java.util.List;

import jakarta.validation.Valid;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One user's page with its two forms: their role, and a temporary password. */
@Controller
@RequestMapping("/admin/users/{id}")
class UserController implements AccessRules {

	private static final String DETAIL = "identity/user";

	private final UserAdministration administration;

	private final SecondFactors secondFactors;

	UserController(UserAdministration administration, SecondFactors secondFactors) {
		this.administration = administration;
		this.secondFactors = secondFactors;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/admin/users/{id}", Access.ADMIN), AccessRule.post("/admin/users/{id}/role", Access.ADMIN),
				AccessRule.post("/admin/users/{id}/password", Access.ADMIN));
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@ModelAttribute("secondFactorOn")
	boolean secondFactorOn(@PathVariable long id) {
		return secondFactors.enrolled(id);
	}

	@GetMapping
	String detail(@PathVariable long id, Model model) {
		UserSummary user = administration.get(id);
		model.addAttribute("user", user);
		RoleForm roleForm = new RoleForm();
		roleForm.setRole(user.role());
		model.addAttribute("roleForm", roleForm);
		model.addAttribute("resetForm", new PasswordResetForm());
		return DETAIL;
	}

	@PostMapping("/role")
	String changeRole(@PathVariable long id, @Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detailWithErrors(id, model, form, new PasswordResetForm());
		}
		try {
			UserSummary user = administration.changeRole(id, form.getRole());
			Flash.success(redirect, Messages.of("user.role.changed", user.username(), user.role().label()));
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return detailWithErrors(id, model, form, new PasswordResetForm());
		}
	}

	@PostMapping("/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("resetForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detailWithErrors(id, model, null, form);
		}
		try {
			UserSummary user = administration.resetPassword(id, form.getTemporaryPassword());
			Flash.success(redirect, Messages.of("user.password.reset", user.username()));
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return detailWithErrors(id, model, null, form);
		}
	}

	private String detailWithErrors(long id, Model model, RoleForm roleForm, PasswordResetForm resetForm) {
		UserSummary user = administration.get(id);
		model.addAttribute("user", user);
		if (roleForm == null) {
			roleForm = new RoleForm();
			roleForm.setRole(user.role());
		}
		model.addAttribute("roleForm", roleForm);
		model.addAttribute("resetForm", resetForm);
		return DETAIL;
	}

}
