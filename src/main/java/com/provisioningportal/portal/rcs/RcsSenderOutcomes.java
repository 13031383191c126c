package com.provisioningportal.portal.rcs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.provisioningportal.portal.audit.UnknownChange;
import com.provisioningportal.portal.gateway.rcs.RcsSenderFilter;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;
import com.provisioningportal.portal.projects.UnknownOutcomeCheck;

import org.springframework.stereotype.Component;

/**
 * Whether an RCS sender whose creation got no answer was made: a sender with the requested brand name, created at
 * Sinch no earlier than the attempt was recorded, is the one that was asked for. Sinch's creation times are whole
 * seconds from its own clock, so a minute's leeway is given.
 */
@Component
class RcsSenderOutcomes implements UnknownOutcomeCheck {

	private static final Duration LEEWAY = Duration.ofMinutes(1);

	private final RcsSenders senders;

	RcsSenderOutcomes(RcsSenders senders) {
		this.senders = senders;
	}

	@Override
	public boolean handles(String action) {
		return "RCS_SENDER_CREATE".equals(action);
	}

	@Override
	public Optional<Object> lookUp(UnknownChange change) {
		String brand = (change.request() == null) ? null
				: change.request().path("details").path("brand").path("name").asString(null);
		if (brand == null || change.projectId() == null) {
			return Optional.empty();
		}
		Instant since = change.sentAt().minus(LEEWAY);
		return senders.allSenders(change.projectId(), RcsSenderFilter.none())
			.filter(sender -> sender.details() != null && sender.details().brand() != null
					&& brand.equals(sender.details().brand().name()))
			.filter(sender -> sender.created() == null || !sender.created().isBefore(since))
			.findFirst()
			.map(RcsSenderChanges::summary);
	}

}
