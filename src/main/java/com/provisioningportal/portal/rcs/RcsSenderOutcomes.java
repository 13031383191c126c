package com.provisioningportal.portal.rcs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.Pages;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSenderFilter;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;
import com.provisioningportal.portal.gateway.rcs.RcsTestNumber;
import com.provisioningportal.portal.projects.UnknownOutcomeCheck;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Whether an RCS sender change that got no answer was made. A creation: a sender with the requested brand name,
 * created at Sinch since the attempt, is the one that was asked for. A launch: the sender has left its test. Test
 * numbers added: each is there, invited since the attempt; one removed: it is gone. A comment: the sender's activity
 * shows it since the attempt. Sinch's times are whole seconds from its own clock, so a minute's leeway is given.
 * Edits, questionnaire answers and invitations sent again are not looked up and stay UNKNOWN: Sinch shows no trace
 * of them that tells them from what was there before.
 */
@Component
class RcsSenderOutcomes implements UnknownOutcomeCheck {

	private static final Duration LEEWAY = Duration.ofMinutes(1);

	private static final Set<String> ACTIONS = Set.of("RCS_SENDER_CREATE", "RCS_SENDER_LAUNCH", "RCS_TEST_NUMBERS_ADD",
			"RCS_TEST_NUMBER_REMOVE", "RCS_SENDER_COMMENT");

	private static final Set<String> BEFORE_LAUNCH = Set.of("IN_PROGRESS", "IN_TEST");

	private final RcsSenders senders;

	private final RcsSenderLookup lookup;

	RcsSenderOutcomes(RcsSenders senders, RcsSenderLookup lookup) {
		this.senders = senders;
		this.lookup = lookup;
	}

	@Override
	public boolean handles(String action) {
		return ACTIONS.contains(action);
	}

	@Override
	public Optional<Object> lookUp(UnknownChange change) {
		String projectId = change.projectId();
		JsonNode request = change.request();
		if (projectId == null || (request == null && !"RCS_SENDER_LAUNCH".equals(change.action()))) {
			return Optional.empty();
		}
		Instant since = change.sentAt().minus(LEEWAY);
		if ("RCS_SENDER_CREATE".equals(change.action())) {
			String brand = request.path("details").path("brand").path("name").asString(null);
			return senders.allSenders(projectId, RcsSenderFilter.none())
				.filter(sender -> brand != null && brand.equals(brandName(sender)))
				.filter(sender -> sender.created() == null || !sender.created().isBefore(since))
				.findFirst()
				.map(RcsSenderChanges::summary);
		}
		if ("RCS_SENDER_COMMENT".equals(change.action())) {
			String comment = request.path("comment").asString(null);
			return Pages.all(PageRequest.first(), page -> senders.senderActivities(projectId, change.resourceId(), page))
				.filter(activity -> "COMMENT_ADDED".equals(activity.type()) && comment != null && comment.equals(activity.comment()))
				.filter(activity -> activity.created() == null || !activity.created().isBefore(since))
				.findFirst()
				.map(activity -> Map.of("comment", comment));
		}
		Optional<RcsSender> sender = lookup.find(projectId, change.resourceId());
		return switch (change.action()) {
			case "RCS_SENDER_LAUNCH" -> sender.filter(found -> !BEFORE_LAUNCH.contains(found.state()))
				.map(RcsSenderChanges::summary);
			case "RCS_TEST_NUMBERS_ADD" -> sender.map(found -> testNumbers(found))
				.filter(states -> request.path("testNumbers").valueStream().allMatch(number -> states.stream()
					.anyMatch(state -> number.asString().equals(state.number())
							&& (state.submitted() == null || !state.submitted().isBefore(since)))))
				.map(states -> Map.of("testNumberStates", states));
			default -> sender.map(found -> testNumbers(found))
				.filter(states -> states.stream().noneMatch(state -> request.path("testNumber").asString("").equals(state.number())))
				.map(states -> Map.of("removed", request.path("testNumber").asString()));
		};
	}

	private static String brandName(RcsSender sender) {
		return (sender.details() != null && sender.details().brand() != null) ? sender.details().brand().name() : null;
	}

	private static List<RcsTestNumber> testNumbers(RcsSender sender) {
		return (sender.testNumberStates() != null) ? sender.testNumberStates() : List.of();
	}

}
