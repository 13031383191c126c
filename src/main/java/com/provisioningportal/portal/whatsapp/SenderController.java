package com.provisioningportal.portal.whatsapp;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.callbacks.CallbackNews;
import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppActivity;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.PageLinks;
import com.provisioningportal.portal.web.PageUrl;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** A project's WhatsApp senders, read live from Sinch: the list, each sender's page and its polled status. */
@Controller
@RequestMapping(SenderPages.BASE)
class SenderController implements AccessRules {

	/** The states Sinch lets the list be filtered by. */
	static final List<String> FILTER_STATES = List.of("ACTIVE", "IN_PROGRESS", "PENDING_VERIFICATION", "ERROR", "INACTIVE",
			"SUSPENDED");

	static final int PAGE_SIZE = 20;

	private final SenderLookup senders;

	private final CallbackNews news;

	private final Clock clock;

	private final OneTimeForms forms;

	SenderController(SenderLookup senders, CallbackNews news, Clock clock, OneTimeForms forms) {
		this.senders = senders;
		this.news = news;
		this.clock = clock;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/whatsapp/senders", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/senders/{senderId}", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/senders/{senderId}/status", Access.CHANNELS_READ));
	}

	@GetMapping
	@SinchPage(value = "whatsapp/senders", emptyLists = "senders")
	String list(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(required = false) String pageToken, Model model) {
		listModel(project, states, pageToken, model);
		return "whatsapp/senders";
	}

	/**
	 * The list's rows alone, which the list page polls while any sender on it is still being set up, so a sender
	 * that turns active shows without a reload.
	 */
	@GetMapping(headers = "HX-Request=true")
	ModelAndView rows(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(required = false) String pageToken, Model model, HttpServletResponse response) {
		return StatusPoll.answer(response, false, ex -> false, () -> {
			listModel(project, states, pageToken, model);
			return new ModelAndView("whatsapp/senders :: rows", model.asMap());
		});
	}

	private void listModel(ProjectSummary project, List<String> states, String pageToken, Model model) {
		String projectId = project.projectId();
		List<String> chosen = (states == null) ? List.of() : states.stream().filter(FILTER_STATES::contains).distinct().toList();
		model.addAttribute("states", FILTER_STATES);
		model.addAttribute("chosenStates", Set.copyOf(chosen));
		model.addAttribute("thisPageUrl", pageUrl(project, chosen, (pageToken == null) ? "" : pageToken));
		Page<WhatsAppSender> page = senders.list(projectId, chosen, pageToken, PAGE_SIZE);
		model.addAttribute("senders", page.items());
		model.addAttribute("anyUnderWay", page.items().stream().anyMatch(SenderController::underWay));
		model.addAttribute("totalSize", page.totalSize());
		PageLinks.add(model, pageToken, page.nextPageToken(), page.previousPageToken(),
				token -> pageUrl(project, chosen, token));
	}

	@GetMapping("/{senderId}")
	@SinchPage("whatsapp/sender")
	String detail(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(required = false) String verification, Authentication user, Model model) {
		model.addAttribute("noCodeNeeded", "without-code".equals(verification));
		WhatsAppSender sender = senders.find(projectId, senderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<WhatsAppActivity> activities = senders.activities(projectId, senderId);
		model.addAttribute("sender", sender);
		model.addAttribute("underWay", underWay(sender));
		model.addAttribute("activities", activities);
		model.addAttribute("comments", activities.stream().filter(activity -> activity.comment() != null).toList());
		model.addAttribute("discardable", discardable(sender));
		model.addAttribute("liveFields", SenderFields.live(sender));
		model.addAttribute("pendingFields", SenderFields.pending(sender));
		model.addAttribute("formToken", forms.issue(projectId, user.getName()));
		model.addAttribute("newsSince", clock.millis());
		return "whatsapp/sender";
	}

	/**
	 * The sender's state alone, which the detail page polls while Sinch is still working on the sender, so a change
	 * shows without a reload. Once it is settled the page asks with {@code since}, and only a callback about the
	 * sender since then (Meta changing its quality, say) makes this ask Sinch again.
	 */
	@GetMapping("/{senderId}/status")
	ModelAndView status(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			@RequestParam(required = false) Long since, HttpServletResponse response) {
		long renderedAt = clock.millis();
		return StatusPoll.answer(response, news.nothingSince(projectId, "whatsapp-sender", senderId, since),
				SenderLookup::gone, () -> {
					WhatsAppSender sender = senders.get(projectId, senderId);
					return new ModelAndView("whatsapp/sender :: status",
							Map.of("project", project, "sender", sender, "underWay", underWay(sender), "discardable",
									discardable(sender), "liveFields", SenderFields.live(sender), "pendingFields",
									SenderFields.pending(sender), "newsSince", renderedAt));
				});
	}

	/** Whether Sinch or Meta are still working on the sender, so its page keeps asking for news. */
	static boolean underWay(WhatsAppSender sender) {
		return !SenderStatus.isSettled(SenderStatus.of(sender));
	}

	/** Sinch lets only draft, rejected or failed changes be thrown away. */
	static boolean discardable(WhatsAppSender sender) {
		return sender.changes() != null && List.of("DRAFT", "REJECTED", "ERROR").contains(sender.changes().status());
	}

	private static String pageUrl(ProjectSummary project, List<String> states, String token) {
		return PageUrl.of(SenderPages.BASE, project.projectId())
			.params("state", states)
			.param("pageToken", token)
			.toString();
	}


}
