package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.Activity;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.Solution;
import com.provisioningportal.portal.gateway.WhatsAppAccount;

import org.springframework.stereotype.Service;

/** A project's WhatsApp account and partner solutions as Sinch has them now; reads may throw a {@code SinchException}. */
@Service
class WhatsAppAccounts {

	private static final int ACTIVITIES = 50;

	private final ProvisioningGateway gateway;

	WhatsAppAccounts(ProvisioningGateway gateway) {
		this.gateway = gateway;
	}

	WhatsAppAccount get(String projectId) {
		return gateway.getAccount(projectId);
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

	List<Activity> activities(String projectId) {
		return gateway.accountActivities(projectId, PageRequest.first(ACTIVITIES)).items();
	}

	/**
	 * The solutions Sinch offers the project; a refusal is kept beside the (then empty) list, since the account may
	 * still be shown. Sinch not answering is thrown.
	 */
	Offer solutions(String projectId) {
		try {
			return new Offer(gateway.listSolutions(projectId), null);
		}
		catch (SinchApiException ex) {
			return new Offer(List.of(), ex);
		}
	}

	record Offer(List<Solution> solutions, SinchApiException refusal) {

	}

}
