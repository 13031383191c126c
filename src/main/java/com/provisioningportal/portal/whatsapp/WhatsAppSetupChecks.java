package com.provisioningportal.portal.whatsapp;

import java.util.List;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccount;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSolution;
import com.provisioningportal.portal.projects.SetupCheck;
import com.provisioningportal.portal.projects.SinchSetupCheckContributor;

import org.springframework.stereotype.Component;

/** The project's WhatsApp account and the partner solution Embedded Signup runs through, as Sinch sees them. */
@Component
class WhatsAppSetupChecks implements SinchSetupCheckContributor {

	private final WhatsAppAccounts accounts;

	WhatsAppSetupChecks(WhatsAppAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<SetupCheck> checks(String projectId) {
		return List.of(account(projectId), solution(projectId));
	}

	private SetupCheck account(String projectId) {
		try {
			WhatsAppAccount account = accounts.getAccount(projectId);
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
		List<WhatsAppSolution> solutions = accounts.listSolutions(projectId);
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
