package com.provisioningportal.portal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(ForcedPasswordChangeFilter.PASSWORD_PAGE)
class AccountController {

	private static final String VIEW = "identity/password";

	private final PasswordChange passwordChange;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	AccountController(PasswordChange passwordChange) {
		this.passwordChange = passwordChange;
	}

	@ModelAttribute("mustChangePassword")
	boolean mustChangePassword(Authentication authentication) {
		return authentication != null && authentication.getPrincipal() instanceof PortalUserPrincipal user
				&& user.mustChangePassword();
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return VIEW;
	}

	@PostMapping
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().equals(form.getConfirmPassword())) {
			Messages.reject(result, "confirmPassword", Messages.of("password.confirm.mismatch"));
		}
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			PortalUserPrincipal principal = passwordChange.change(new PasswordChange.ChangeOwnPassword(
					authentication.getName(), form.getCurrentPassword(), form.getNewPassword(), request.getSession().getId()));
			replacePrincipal(principal, request, response);
		}
		catch (RuleViolation violation) {
			violation.rejectIn(result);
			return VIEW;
		}
		Flash.success(redirect, Messages.of("password.changed"));
		return "redirect:/";
	}

	/** Keeps the user signed in, now without the "must change password" mark. */
	private void replacePrincipal(PortalUserPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(principal,
				null, principal.getAuthorities());
		// As sign-in does: the session keeps no password hash.
		authentication.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		contextRepository.saveContext(context, request, response);
	}

}
