package com.provisioningportal.portal.identity;

import jakarta.validation.Valid;

import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.RuleViolation;

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

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String LIST = "identity/users";

	private static final String NEW = "identity/user-new";

	private static final String DETAIL = "identity/user";

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", administration.list());
		return LIST;
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new NewUserForm());
		return NEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return NEW;
		}
		try {
			UserSummary user = administration.create(form.toCommand());
			Flash.success(redirect, "User " + user.username() + " created as " + user.role().label()
					+ ". Give them the temporary password; they must change it at first sign-in.");
			return "redirect:/admin/users/" + user.id();
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return NEW;
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		UserSummary user = administration.get(id);
		model.addAttribute("user", user);
		RoleForm roleForm = new RoleForm();
		roleForm.setRole(user.role());
		model.addAttribute("roleForm", roleForm);
		model.addAttribute("resetForm", new PasswordResetForm());
		return DETAIL;
	}

	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detailWithErrors(id, model, form, new PasswordResetForm());
		}
		try {
			UserSummary user = administration.changeRole(id, form.getRole());
			Flash.success(redirect, user.username() + " is now " + user.role().label() + ".");
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return detailWithErrors(id, model, form, new PasswordResetForm());
		}
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("resetForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detailWithErrors(id, model, null, form);
		}
		try {
			UserSummary user = administration.resetPassword(id, form.getTemporaryPassword());
			Flash.success(redirect, "Password of " + user.username()
					+ " reset. Their sessions were ended; they must choose a new password at next sign-in.");
			return "redirect:/admin/users/" + id;
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return detailWithErrors(id, model, null, form);
		}
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return applyStatus(id, false, authentication, redirect);
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		return applyStatus(id, true, authentication, redirect);
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		UserSummary user = administration.unlock(id);
		Flash.success(redirect, user.username() + " can sign in again.");
		return "redirect:/admin/users/" + id;
	}

	private String applyStatus(long id, boolean enabled, Authentication authentication, RedirectAttributes redirect) {
		try {
			UserSummary user = administration.setEnabled(id, enabled, authentication.getName());
			Flash.success(redirect, user.username() + (enabled ? " is enabled and can sign in."
					: " is disabled. Their sessions were ended."));
		}
		catch (RuleViolation violation) {
			Flash.error(redirect, violation.getMessage());
		}
		return "redirect:/admin/users/" + id;
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
