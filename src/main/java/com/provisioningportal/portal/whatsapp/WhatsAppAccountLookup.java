package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccount;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppActivity;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSolution;

import org.springframework.stereotype.Service;

/** A project's WhatsApp account and partner solutions as Sinch has them now; reads may throw a {@code SinchException}. */
@Service
class WhatsAppAccountLookup {

	private static final int ACTIVITIES = 50;

	private final WhatsAppAccounts accounts;

	WhatsAppAccountLookup(WhatsAppAccounts accounts) {
		this.accounts = accounts;
	}

	WhatsAppAccount get(String projectId) {
		return accounts.getAccount(projectId);
	}

	/** The account, or empty when the project has none yet. */
	Optional<WhatsAppAccount> find(String projectId) {
		try {
			return Optional.of(get(projectId));
		}
		catch (SinchApiException ex) {
			if (ex.status() == 404 || ex.hasErrorCode("project_not_initialized")) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	List<WhatsAppActivity> activities(String projectId) {
		return accounts.accountActivities(projectId, PageRequest.first(ACTIVITIES)).items();
	}

	/**
	 * The solutions Sinch offers the project; a refusal is kept beside the (then empty) list, since the account may
	 * still be shown. Sinch not answering is thrown.
	 */
	Offer solutions(String projectId) {
		try {
			return new Offer(accounts.listSolutions(projectId), null);
		}
		catch (SinchApiException ex) {
			return new Offer(List.of(), ex);
		}
	}

	record Offer(List<WhatsAppSolution> solutions, SinchApiException refusal) {

	}

}
