package com.provisioningportal.portal.rcs;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchPage;
import com.provisioningportal.portal.projects.StatusPoll;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.OneTimeForms;
import com.provisioningportal.portal.web.PageLinks;
import com.provisioningportal.portal.web.PageUrl;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A project's RCS senders, read live from Sinch: the list, each sender's page and its polled launch status. */
@Controller
@RequestMapping(RcsPages.BASE)
class RcsSenderController implements AccessRules {

	/** The sender states the list can be filtered by, in the order a sender goes through them. */
	static final List<String> FILTER_STATES = List.of("DRAFT", "IN_PROGRESS", "IN_TEST", "PREPARING_LAUNCH",
			"PENDING_LAUNCH", "LAUNCHING", "LAUNCHED", "UNLAUNCHED");

	static final int PAGE_SIZE = 20;

	private final RcsSenderLookup senders;

	private final RcsSenderPage page;

	private final OneTimeForms forms;

	RcsSenderController(RcsSenderLookup senders, RcsSenderPage page, OneTimeForms forms) {
		this.senders = senders;
		this.page = page;
		this.forms = forms;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get(RcsPages.BASE, Access.CHANNELS_READ),
				AccessRule.get(RcsPages.BASE + "/{senderId}", Access.CHANNELS_READ),
				AccessRule.get(RcsPages.BASE + "/{senderId}/status", Access.CHANNELS_READ));
	}

	@GetMapping
	@SinchPage(value = "rcs/senders", emptyLists = "senders")
	String list(@PathVariable String projectId, ProjectSummary project,
			@RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(required = false) String pageToken, Model model) {
		List<String> chosen = (states == null) ? List.of() : states.stream().filter(FILTER_STATES::contains).distinct().toList();
		model.addAttribute("states", FILTER_STATES);
		model.addAttribute("chosenStates", Set.copyOf(chosen));
		Page<RcsSender> found = senders.list(projectId, chosen, pageToken, PAGE_SIZE);
		model.addAttribute("senders", found.items());
		model.addAttribute("totalSize", found.totalSize());
		PageLinks.add(model, pageToken, found.nextPageToken(), found.previousPageToken(),
				token -> pageUrl(project, chosen, token));
		return "rcs/senders";
	}

	@GetMapping("/{senderId}")
	@SinchPage("rcs/sender")
	String detail(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			Authentication user, Model model) {
		return page.show(projectId, senderId, forms.issue(projectId, user.getName()), model);
	}

	/**
	 * The sender's state and its launch country by country, which its page polls while Sinch or the operators are
	 * still deciding, so each decision shows without a reload.
	 */
	@GetMapping("/{senderId}/status")
	ModelAndView status(@PathVariable String projectId, ProjectSummary project, @PathVariable String senderId,
			HttpServletResponse response) {
		return StatusPoll.answer(response, false, RcsSenderLookup::gone,
				() -> new ModelAndView("rcs/sender :: status", page.status(project, senders.get(projectId, senderId))));
	}

	private static String pageUrl(ProjectSummary project, List<String> states, String token) {
		return PageUrl.of(RcsPages.BASE, project.projectId()).params("state", states).param("pageToken", token).toString();
	}

}
