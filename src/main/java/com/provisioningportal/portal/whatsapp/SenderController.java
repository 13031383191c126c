package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import com.provisioningportal.portal.gateway.Activity;
import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.Sender;
import com.provisioningportal.portal.gateway.SenderFilter;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.projects.ProjectDirectory;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;
import com.provisioningportal.portal.web.Flash;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** A project's WhatsApp senders, read live from Sinch. */
@Controller
@RequestMapping("/projects/{projectId}/whatsapp/senders")
class SenderController implements AccessRules {

	/** The states Sinch lets the list be filtered by. */
	static final List<String> FILTER_STATES = List.of("ACTIVE", "IN_PROGRESS", "PENDING_VERIFICATION", "ERROR", "INACTIVE",
			"SUSPENDED");

	static final int PAGE_SIZE = 20;

	private final ProjectDirectory projects;

	private final ProvisioningGateway gateway;

	private final SenderChanges changes;

	SenderController(ProjectDirectory projects, ProvisioningGateway gateway, SenderChanges changes) {
		this.projects = projects;
		this.gateway = gateway;
		this.changes = changes;
	}

	@Override
	public List<AccessRule> rules() {
		return List.of(AccessRule.get("/projects/{projectId}/whatsapp/senders", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/senders/{senderId}", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}/whatsapp/senders/{senderId}/status", Access.CHANNELS_READ),
				AccessRule.post("/projects/{projectId}/whatsapp/senders/{senderId}/*", Access.CHANNELS_CHANGE));
	}

	@GetMapping
	String list(@PathVariable String projectId, @RequestParam(name = "state", required = false) List<String> states,
			@RequestParam(required = false) String pageToken, Model model) {
		ProjectSummary project = project(projectId, model);
		List<String> chosen = (states == null) ? List.of() : states.stream().filter(FILTER_STATES::contains).distinct().toList();
		model.addAttribute("states", FILTER_STATES);
		model.addAttribute("chosenStates", Set.copyOf(chosen));
		try {
			Page<Sender> page = gateway.listSenders(projectId, new SenderFilter(chosen, List.of()),
					new PageRequest(blankToNull(pageToken), PAGE_SIZE));
			model.addAttribute("senders", page.items());
			model.addAttribute("totalSize", page.totalSize());
			model.addAttribute("nextUrl", pageUrl(project, chosen, page.nextPageToken()));
			model.addAttribute("previousUrl", (pageToken == null || pageToken.isBlank()) ? null
					: pageUrl(project, chosen, (page.previousPageToken() != null) ? page.previousPageToken() : ""));
		}
		catch (SinchApiException ex) {
			model.addAttribute("sinchError", ex);
			model.addAttribute("senders", List.of());
		}
		catch (SinchException ex) {
			model.addAttribute("sinchUnreachable", true);
			model.addAttribute("senders", List.of());
		}
		return "whatsapp/senders";
	}

	@GetMapping("/{senderId}")
	String detail(@PathVariable String projectId, @PathVariable String senderId, Model model) {
		project(projectId, model);
		try {
			Sender sender = gateway.getSender(projectId, senderId);
			List<Activity> activities = gateway.senderActivities(projectId, senderId, PageRequest.first(50)).items();
			model.addAttribute("sender", sender);
			model.addAttribute("underWay", underWay(sender));
			model.addAttribute("activities", activities);
			model.addAttribute("comments", activities.stream().filter(activity -> activity.comment() != null).toList());
		}
		catch (SinchApiException ex) {
			if (ex.status() == 404) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			model.addAttribute("sinchError", ex);
		}
		catch (SinchException ex) {
			model.addAttribute("sinchUnreachable", true);
		}
		return "whatsapp/sender";
	}

	/**
	 * The sender's state alone, which the detail page polls while Sinch is still working on the sender, so a change
	 * shows without a reload.
	 */
	@GetMapping("/{senderId}/status")
	ModelAndView status(@PathVariable String projectId, @PathVariable String senderId, HttpServletResponse response) {
		ProjectSummary project = project(projectId, null);
		try {
			Sender sender = gateway.getSender(projectId, senderId);
			return new ModelAndView("whatsapp/sender :: status",
					Map.of("project", project, "sender", sender, "underWay", underWay(sender)));
		}
		catch (SinchApiException ex) {
			if (ex.status() == 404) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
		}
		catch (SinchException ex) {
			// Nothing new to show; the page keeps what it has and asks again at the next poll.
		}
		response.setStatus(HttpStatus.NO_CONTENT.value());
		return null;
	}

	/** Whether Sinch is still working on the sender, so its page keeps asking for news. */
	static boolean underWay(Sender sender) {
		return "IN_PROGRESS".equals(sender.state()) || sender.state() == null
				|| (sender.changes() != null && "IN_PROGRESS".equals(sender.changes().status()));
	}

	@PostMapping("/{senderId}/comments")
	String comment(@PathVariable String projectId, @PathVariable String senderId, @RequestParam String comment,
			RedirectAttributes redirect) {
		project(projectId, null);
		if (comment.isBlank() || comment.length() > 1000) {
			Flash.error(redirect, "Write a comment of at most 1,000 characters.");
			return detailUrl(projectId, senderId);
		}
		perform(redirect, () -> changes.comment(projectId, senderId, comment.trim()), "Comment added. Sinch's team can read it.");
		return detailUrl(projectId, senderId);
	}

	@PostMapping("/{senderId}/register")
	String requestCode(@PathVariable String projectId, @PathVariable String senderId,
			@RequestParam(defaultValue = "SMS") String method, RedirectAttributes redirect) {
		project(projectId, null);
		String chosen = "VOICE".equals(method) ? "VOICE" : "SMS";
		perform(redirect, () -> changes.requestCode(projectId, senderId, chosen), "Verification code requested by "
				+ ("VOICE".equals(chosen) ? "voice call" : "SMS") + ". Enter it below when it arrives.");
		return detailUrl(projectId, senderId);
	}

	@PostMapping("/{senderId}/verify")
	String verify(@PathVariable String projectId, @PathVariable String senderId, @RequestParam String code,
			RedirectAttributes redirect) {
		project(projectId, null);
		String digits = code.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{6}")) {
			Flash.error(redirect, "Enter the 6-digit code from the SMS or call.");
			return detailUrl(projectId, senderId);
		}
		perform(redirect, () -> changes.verify(projectId, senderId, digits), "Code accepted. Sinch is now setting up the number.");
		return detailUrl(projectId, senderId);
	}

	@PostMapping("/{senderId}/delete")
	String delete(@PathVariable String projectId, @PathVariable String senderId, @RequestParam String confirmation,
			RedirectAttributes redirect) {
		ProjectSummary project = project(projectId, null);
		Optional<Sender> sender = currentSender(projectId, senderId, redirect);
		if (sender.isEmpty()) {
			return detailUrl(projectId, senderId);
		}
		String expected = phone(sender.get());
		if (!expected.equals(confirmation.trim())) {
			Flash.error(redirect, "Nothing was deleted: type the number exactly as shown (" + expected + ") to confirm.");
			return detailUrl(projectId, senderId);
		}
		boolean deleted = perform(redirect, () -> changes.delete(projectId, sender.get()),
				"Sender " + expected + " deleted. It keeps sending for 30 days, then Sinch removes it.");
		return deleted ? "redirect:/projects/" + project.projectId() + "/whatsapp/senders" : detailUrl(projectId, senderId);
	}

	static String phone(Sender sender) {
		return "+" + sender.countryCode() + " " + sender.phoneNumber();
	}

	/** Runs a change and says how it went in the next page's flash message; true when Sinch accepted it. */
	private static boolean perform(RedirectAttributes redirect, Runnable change, String done) {
		try {
			change.run();
			Flash.success(redirect, done);
			return true;
		}
		catch (SinchException ex) {
			explain(redirect, ex);
			return false;
		}
	}

	private Optional<Sender> currentSender(String projectId, String senderId, RedirectAttributes redirect) {
		try {
			return Optional.of(gateway.getSender(projectId, senderId));
		}
		catch (SinchException ex) {
			explain(redirect, ex);
			return Optional.empty();
		}
	}

	private static void explain(RedirectAttributes redirect, SinchException ex) {
		Flash.error(redirect, (ex instanceof SinchApiException refused) ? "Sinch refused: " + refused.explanation()
				: "Sinch could not be reached, so nothing changed. Try again in a moment.");
	}

	private static String detailUrl(String projectId, String senderId) {
		return "redirect:/projects/" + projectId + "/whatsapp/senders/" + senderId;
	}

	private ProjectSummary project(String projectId, Model model) {
		ProjectSummary project = projects.find(projectId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (model != null) {
			model.addAttribute("project", project);
		}
		return project;
	}

	private static String pageUrl(ProjectSummary project, List<String> states, String token) {
		if (token == null) {
			return null;
		}
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/projects/{projectId}/whatsapp/senders");
		states.forEach(state -> url.queryParam("state", state));
		if (!token.isEmpty()) {
			url.queryParam("pageToken", token);
		}
		return url.buildAndExpand(project.projectId()).encode().toUriString();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
