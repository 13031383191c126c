package com.provisioningportal.portal.rcs;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.gateway.rcs.RcsActivity;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsTestNumber;
import com.provisioningportal.portal.projects.ProjectSummary;
import com.provisioningportal.portal.projects.SinchFailures;
import com.provisioningportal.portal.web.StatusBadges;
import com.provisioningportal.portal.web.StatusTone;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One RCS sender's page and the status fragment it polls while Sinch or the operators are working on it. */
@Component
class RcsSenderPage {

	/** The states Sinch launches a sender from. */
	static final Set<String> LAUNCHABLE = Set.of("IN_TEST", "UNLAUNCHED");

	private final RcsSenderLookup senders;

	private final StatusBadges badges;

	RcsSenderPage(RcsSenderLookup senders, StatusBadges badges) {
		this.senders = senders;
		this.badges = badges;
	}

	/** The sender's page; a Sinch failure escapes to the handler's {@code SinchPage}. */
	String show(String projectId, String senderId, String formToken, Model model) {
		RcsSender sender = senders.find(projectId, senderId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<RcsActivity> activities = senders.activities(projectId, senderId);
		model.addAllAttributes(status(sender));
		model.addAttribute("testNumbers", testNumbers(sender));
		model.addAttribute("launchable", LAUNCHABLE.contains(sender.state()));
		model.addAttribute("activities", activities);
		model.addAttribute("comments", activities.stream().filter(activity -> activity.comment() != null).toList());
		model.addAttribute("formToken", formToken);
		return "rcs/sender";
	}

	/** What the status fragment shows: the sender's state and its launch in each country. */
	Map<String, Object> status(RcsSender sender) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("sender", sender);
		model.put("underWay", underWay(sender));
		model.put("countryStatus", (sender.countryStatus() != null) ? sender.countryStatus() : List.of());
		return model;
	}

	Map<String, Object> status(ProjectSummary project, RcsSender sender) {
		Map<String, Object> model = status(sender);
		model.put("project", project);
		return model;
	}

	/** Whether Sinch or the operators are still working on the sender, so its page keeps asking. */
	boolean underWay(RcsSender sender) {
		return badges.tone(sender.state()) == StatusTone.UNDER_WAY;
	}

	/** The sender a change starts from, or empty with the flash message saying why it could not be read. */
	Optional<RcsSender> current(String projectId, String senderId, RedirectAttributes redirect) {
		return SinchFailures.attempt(redirect, RcsRefusals::nextStep, () -> senders.get(projectId, senderId));
	}

	private List<TestNumberRow> testNumbers(RcsSender sender) {
		if (sender.testNumberStates() == null) {
			return List.of();
		}
		return sender.testNumberStates()
			.stream()
			.map(number -> TestNumberRow.of(number, RcsStatusTones.testNumber(badges, number.state())))
			.toList();
	}

	/** A test number with its invitation state and that state's colour. */
	record TestNumberRow(String number, String state, Instant submitted, StatusTone tone) {

		static TestNumberRow of(RcsTestNumber number, StatusTone tone) {
			return new TestNumberRow(number.number(), number.state(), number.submitted(), tone);
		}

	}

}
