package com.provisioningportal.portal.whatsapp;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.callbacks.CallbackNews;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccount;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppActivity;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.OneTimeForms;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's WhatsApp account (its WABA) and partner solutions, read live from Sinch. */
@Controller
@RequestMapping("/projects/{projectId}/whatsapp/account")
class WhatsAppAccountController implements AccessRules {

	/** Account states and change statuses in which Sinch or Meta are still working. */
	private static final List<String> WORKING = List.of("IN_PROGRESS", "PENDING_FACEBOOK_VERIFICATION");

	private final WhatsAppAccountLookup accounts;

	private final WhatsAppAccountChanges changes;

	private final OneTimeForms forms;

	private final CallbackNews news;

	private final Clock clock;

	WhatsAppAccountController(WhatsAppAccountLookup accounts, WhatsAppAccountChanges changes,
			OneTimeForms forms, CallbackNews news, Clock clock) {
		this.news = news;
		this.clock = clock;
		this.accounts = accounts;
		this.changes = changes;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/whatsapp/account", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/account/status", Access.CHANNELS_READ),
				AccessRule.post("/projects/{projectId}/whatsapp/account/comments", Access.CHANNELS_CHANGE),
				AccessRule.post("/projects/{projectId}/whatsapp/account/solutions/{solutionId}/assign",
						Access.CHANNELS_CHANGE));
	}

	/** The account and the solutions Sinch offers; a refused solutions list does not hide the account. */
	@GetMapping
	@SinchPage(value = "whatsapp/account", emptyLists = "solutions")
	String account(@PathVariable String projectId, ProjectSummary project, Authentication user, Model model) {
		WhatsAppAccountLookup.Offer offer = accounts.solutions(projectId);
		model.addAttribute("solutions", offer.solutions());
		model.addAttribute("solutionsError", offer.refusal());
		model.addAttribute("noAccount", false);
		// Sinch lets a solution be assigned until the project is onboarded; after that it stays as it is.
		model.addAttribute("mayAssign", true);
		WhatsAppAccount account = accounts.find(projectId).orElse(null);
		if (account == null) {
			model.addAttribute("noAccount", true);
			return "whatsapp/account";
		}
		List<WhatsAppActivity> activities = accounts.activities(projectId);
		model.addAttribute("account", account);
		model.addAttribute("underWay", underWay(account));
		model.addAttribute("newsSince", clock.millis());
		model.addAttribute("activities", activities);
		model.addAttribute("comments", activities.stream().filter(activity -> activity.comment() != null).toList());
		model.addAttribute("formToken", forms.issue(projectId, user.getName()));
		model.addAttribute("mayAssign", !"ONBOARDED".equals(account.state()));
		return "whatsapp/account";
	}

	/**
	 * The account's state, limit and ban, which the page polls while Sinch or Meta are still reviewing the account;
	 * once settled it asks with {@code since}, and only a callback about the account since then asks Sinch again.
	 */
	@GetMapping("/status")
	ModelAndView status(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(required = false) Long since,
			HttpServletResponse response) {
		long renderedAt = clock.millis();
		// The account is the project's own: a refusal never means it is gone, only that there is nothing new.
		return StatusPoll.answer(response, news.nothingSince(projectId, "whatsapp-account", null, since), ex -> false,
				() -> {
					WhatsAppAccount account = accounts.get(projectId);
					Map<String, Object> model = new HashMap<>();
					model.put("project", project);
					model.put("account", account);
					model.put("underWay", underWay(account));
					model.put("newsSince", renderedAt);
					return new ModelAndView("whatsapp/account :: status", model);
				});
	}

	static boolean underWay(WhatsAppAccount account) {
		return WORKING.contains(account.state())
				|| (account.changes() != null && WORKING.contains(account.changes().status()));
	}

	@PostMapping("/comments")
	String comment(@PathVariable String projectId, ProjectSummary project, @RequestParam String comment,
			@RequestParam(required = false) String formToken, Authentication user, RedirectAttributes redirect) {
		if (comment.isBlank() || comment.length() > 1000) {
			Flash.error(redirect, Messages.of("whatsapp.comment.length"));
			return accountUrl(projectId);
		}
		Optional<String> sentBefore = forms.sentBefore(formToken, projectId, user.getName(),
				CommentForms.resent("/projects/" + projectId + "/whatsapp/account"), redirect);
		if (sentBefore.isPresent()) {
			return sentBefore.get();
		}
		if (SinchFailures.attempt(redirect, SinchAdvice::nextStep, () -> changes.comment(projectId, comment.trim()))) {
			Flash.success(redirect, Messages.of("whatsapp.account.comment.added"));
		}
		return accountUrl(projectId);
	}

	@PostMapping("/solutions/{solutionId}/assign")
	String assign(@PathVariable String projectId, ProjectSummary project,
			@PathVariable String solutionId, RedirectAttributes redirect) {
		if (!solutionId.matches("[0-9A-Za-z_-]{1,64}")) {
			Flash.error(redirect, Messages.of("whatsapp.account.solution.unknown"));
			return accountUrl(projectId);
		}
		if (SinchFailures.attempt(redirect, SinchAdvice::nextStep, () -> changes.assignSolution(projectId, solutionId))) {
			Flash.success(redirect, Messages.of("whatsapp.account.solution.assigned", solutionId));
		}
		return accountUrl(projectId);
	}

	private static String accountUrl(String projectId) {
		return "redirect:/projects/" + projectId + "/whatsapp/account";
	}

}
