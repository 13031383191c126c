package com.provisioningportal.portal.whatsapp;

import java.util.List;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccount;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSolution;
import com.provisioningportal.portal.projects.SetupCheck;
import com.provisioningportal.portal.projects.SinchSetupCheckContributor;
import com.provisioningportal.portal.web.Messages;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** The project's WhatsApp account and the partner solution Embedded Signup runs through, as Sinch sees them. */
@Component
class WhatsAppSetupChecks implements SinchSetupCheckContributor {

	private final WhatsAppAccounts accounts;

	private final MessageSourceAccessor messages;

	WhatsAppSetupChecks(WhatsAppAccounts accounts, MessageSource messageSource) {
		this.accounts = accounts;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	@Override
	public List<SetupCheck> checks(String projectId) {
		return List.of(account(projectId), solution(projectId));
	}

	private SetupCheck account(String projectId) {
		try {
			WhatsAppAccount account = accounts.getAccount(projectId);
			return new SetupCheck("WhatsApp account", account.state(),
					messages.getMessage((account.wabaId() != null) ? Messages.of("whatsapp.setup.account.waba", account.wabaId())
							: Messages.of("whatsapp.setup.account.waba-unknown")), null);
		}
		catch (SinchApiException ex) {
			if (ex.hasErrorCode("account_not_found") || ex.hasErrorCode("project_not_initialized")) {
				return new SetupCheck("WhatsApp account", "NOT_SET_UP",
						messages.getMessage(Messages.of("whatsapp.setup.account.none")), null);
			}
			throw ex;
		}
	}

	private SetupCheck solution(String projectId) {
		List<WhatsAppSolution> solutions = accounts.listSolutions(projectId);
		return solutions.stream()
			.filter(solution -> Boolean.TRUE.equals(solution.assigned()))
			.findFirst()
			.map(solution -> new SetupCheck("Partner solution", "ACTIVE", messages.getMessage(Messages.of(
					"whatsapp.setup.solution.assigned", (solution.details() != null) ? solution.details().name() : solution.id())),
					null))
			.orElseGet(() -> new SetupCheck("Partner solution", "NOT_SET_UP", messages.getMessage(solutions.isEmpty()
					? Messages.of("whatsapp.setup.solution.none") : Messages.of("whatsapp.setup.solution.not-assigned")),
					null));
	}

}
