package com.provisioningportal.portal.projects;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.Solution;
import com.provisioningportal.portal.gateway.WhatsAppAccount;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What Sinch says about a project's setup: whether its credentials work, its WhatsApp account, and its partner
 * solution. Read live, then kept for a minute so the project page stays quick; "refresh" asks again.
 */
@Component
@Order(1)
class SinchSetupChecks implements SetupCheckContributor {

	static final Duration KEEP_FOR = Duration.ofMinutes(1);

	private final ProvisioningGateway gateway;

	private final Clock clock;

	private final Map<String, Checked> recent = new ConcurrentHashMap<>();

	SinchSetupChecks(ProvisioningGateway gateway, Clock clock) {
		this.gateway = gateway;
		this.clock = clock;
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
			checks.add(account(projectId));
			checks.add(solution(projectId));
		}
		catch (SinchApiException ex) {
			checks.clear();
			checks.add(new SetupCheck("Credentials", (ex.status() == 401) ? "ERROR" : "UNKNOWN",
					"Sinch answered: " + ex.explanation(), now));
		}
		catch (SinchException ex) {
			checks.clear();
			checks.add(new SetupCheck("Sinch", "UNKNOWN", "Sinch could not be reached; the status is unknown for now.", now));
		}
		return List.copyOf(checks);
	}

	private SetupCheck account(String projectId) {
		try {
			WhatsAppAccount account = gateway.getAccount(projectId);
			return new SetupCheck("WhatsApp account", account.state(),
					"WABA " + ((account.wabaId() != null) ? account.wabaId() : "not known yet"), null);
		}
		catch (SinchApiException ex) {
			if (ex.hasErrorCode("account_not_found") || ex.hasErrorCode("project_not_initialized")) {
				return new SetupCheck("WhatsApp account", "NOT_SET_UP",
						"No WhatsApp account yet: connecting the first number through Embedded Signup creates it.", null);
			}
			throw ex;
		}
	}

	private SetupCheck solution(String projectId) {
		List<Solution> solutions = gateway.listSolutions(projectId);
		return solutions.stream()
			.filter(solution -> Boolean.TRUE.equals(solution.assigned()))
			.findFirst()
			.map(solution -> new SetupCheck("Partner solution", "ACTIVE", "Assigned: "
					+ ((solution.details() != null) ? solution.details().name() : solution.id())
					+ ". Sinch does not expose Meta's own state of the solution.", null))
			.orElseGet(() -> new SetupCheck("Partner solution", "NOT_SET_UP", solutions.isEmpty()
					? "No partner solution is visible to this project."
					: "A partner solution exists but is not assigned to this project. Sinch does not expose Meta's own state of the solution.",
					null));
	}

}
