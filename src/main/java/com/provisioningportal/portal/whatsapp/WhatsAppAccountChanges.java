package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSolution;
import com.provisioningportal.portal.projects.SinchChanges;

import org.springframework.stereotype.Service;

/** What a person may change on a project's WhatsApp account, each change audited before it is sent. */
@Service
class WhatsAppAccountChanges {

	private final WhatsAppAccounts accounts;

	private final SinchChanges changes;

	WhatsAppAccountChanges(WhatsAppAccounts accounts, SinchChanges changes) {
		this.accounts = accounts;
		this.changes = changes;
	}

	void comment(String projectId, String comment) {
		changes.send(AuditEntry.of("WHATSAPP_ACCOUNT_COMMENT").project(projectId).resource("whatsapp-account", projectId)
			.request(Map.of("comment", comment)), () -> accounts.addAccountComment(projectId, comment), added -> added);
	}

	/** Assigns a partner solution, with the solutions assigned before as the audit log's before. */
	void assignSolution(String projectId, String solutionId) {
		changes.send(AuditEntry.of("WHATSAPP_SOLUTION_ASSIGN").project(projectId).resource("whatsapp-solution", solutionId)
			.before(Map.of("assigned", assigned(accounts.listSolutions(projectId)))), () -> {
				accounts.assignSolution(projectId, solutionId);
				return assigned(accounts.listSolutions(projectId));
			}, now -> Map.of("assigned", now));
	}

	private static List<String> assigned(List<WhatsAppSolution> solutions) {
		return solutions.stream().filter(solution -> Boolean.TRUE.equals(solution.assigned())).map(WhatsAppSolution::id).toList();
	}

}
