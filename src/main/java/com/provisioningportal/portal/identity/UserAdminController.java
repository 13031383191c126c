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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of users and the form that creates one. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController implements AccessRules {

	private static final String LIST = "identity/users";

	private static final String NEW = "identity/user-new";

	private final UserAdministration administration;

	UserAdminController(UserAdministration administration) {
		this.administration = administration;
	}

	/** The whole area is the administrators', addresses nothing serves included. */
	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.any("/admin/users", Access.ADMIN), AccessRule.any("/admin/users/**", Access.ADMIN),
				AccessRule.get("/admin/users/new", Access.ADMIN));
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
			Flash.success(redirect, Messages.of("user.created", user.username(), user.role().label()));
			return "redirect:/admin/users/" + user.id();
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return NEW;
		}
	}

}
