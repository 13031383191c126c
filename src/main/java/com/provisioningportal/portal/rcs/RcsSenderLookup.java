package com.provisioningportal.portal.rcs;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.rcs.RcsActivity;
import com.provisioningportal.portal.gateway.rcs.RcsLaunchQuestions;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSenderFilter;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;

import org.springframework.stereotype.Service;

/** A project's RCS senders as Sinch has them now; reads may throw a {@code SinchException}. */
@Service
class RcsSenderLookup {

	/** The activity entries a sender's page shows, newest first. */
	private static final int ACTIVITIES = 50;

	private final RcsSenders senders;

	RcsSenderLookup(RcsSenders senders) {
		this.senders = senders;
	}

	/** One page of the senders in the given states (all when empty); {@code pageToken} blank for the first. */
	Page<RcsSender> list(String projectId, List<String> states, String pageToken, int size) {
		return senders.listSenders(projectId, new RcsSenderFilter(states, null),
				new PageRequest(pageToken, size));
	}

	RcsSender get(String projectId, String senderId) {
		return senders.getSender(projectId, senderId);
	}

	/** The sender, or empty when Sinch has none with this id. */
	Optional<RcsSender> find(String projectId, String senderId) {
		try {
			return Optional.of(get(projectId, senderId));
		}
		catch (SinchApiException ex) {
			if (gone(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** The sender's activity, newest first; not knowing it is no reason to fail the page. */
	List<RcsActivity> activities(String projectId, String senderId) {
		try {
			return senders.senderActivities(projectId, senderId, PageRequest.first(ACTIVITIES)).items();
		}
		catch (SinchException ex) {
			return List.of();
		}
	}

	/** The launch questions of the sender's use case and of those of its countries that ask more. */
	RcsLaunchQuestions launchQuestions(String projectId, RcsSender sender) {
		List<String> countries = (sender.details() != null && sender.details().countries() != null)
				? sender.details().countries() : List.of();
		return senders.launchQuestions(projectId, sender.useCase(), countries);
	}

	/** Whether Sinch's refusal means there is no sender with this id. */
	static boolean gone(SinchApiException ex) {
		return ex.status() == 404 || ex.hasErrorCode("invalid_id_format");
	}

}
