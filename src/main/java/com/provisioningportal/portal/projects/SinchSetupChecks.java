package com.provisioningportal.portal.projects;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What Sinch says about a project's setup: whether its credentials work, then what the features read from Sinch
 * about it ({@link SinchSetupCheckContributor}). Read live, then kept for a minute so the project page stays quick;
 * "refresh" asks again.
 */
@Component
@Order(1)
class SinchSetupChecks implements SetupCheckContributor {

	static final Duration KEEP_FOR = Duration.ofMinutes(1);

	private final List<SinchSetupCheckContributor> features;

	private final Clock clock;

	private final MessageSourceAccessor messages;

	private final Map<String, Checked> recent = new ConcurrentHashMap<>();

	SinchSetupChecks(List<SinchSetupCheckContributor> features, Clock clock, MessageSource messageSource) {
		this.features = List.copyOf(features);
		this.clock = clock;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	private record Checked(List<SetupCheck> checks, Instant at) {
	}

	void forget(String projectId) {
		recent.remove(projectId);
	}

	@Override
	public List<SetupCheck> checks(ProjectSummary project) {
		Instant now = clock.instant();
		Checked checked = recent.compute(project.projectId(), (id, previous) -> (previous != null
				&& previous.at().plus(KEEP_FOR).isAfter(now)) ? previous : new Checked(askSinch(id, now), now));
		return checked.checks();
	}

	private List<SetupCheck> askSinch(String projectId, Instant now) {
		List<SetupCheck> checks = new ArrayList<>();
		try {
			checks.add(new SetupCheck("Credentials", "ACTIVE", "Sinch accepted the access key", now));
			features.forEach(feature -> checks.addAll(feature.checks(projectId)));
		}
		catch (SinchApiException ex) {
			checks.clear();
			checks.add(new SetupCheck("Credentials", (ex.status() == 401) ? "ERROR" : "UNKNOWN",
					messages.getMessage(Messages.of("project.setup.refused", ex.explanation())), now));
		}
		catch (SinchException ex) {
			checks.clear();
			checks.add(new SetupCheck("Sinch", "UNKNOWN",
					messages.getMessage(Messages.of("project.setup.unreachable", Messages.of("sinch.unreachable"))), now));
		}
		return List.copyOf(checks);
	}

}
