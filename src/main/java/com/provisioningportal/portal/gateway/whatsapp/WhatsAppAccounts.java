package com.provisioningportal.portal.gateway.whatsapp;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.transport.SinchCall;
import com.provisioningportal.portal.gateway.transport.SinchRequests;

import org.springframework.stereotype.Component;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * A project's WhatsApp account (its WhatsApp Business Account at Meta, as Sinch holds it) and the partner solutions
 * it can be onboarded with.
 * Every call throws a {@link com.provisioningportal.portal.gateway.SinchException} when Sinch did not succeed.
 */
@Component
public class WhatsAppAccounts {

	private static final String ACCOUNT = SinchCall.PROJECT + "/whatsapp";

	private static final String SOLUTIONS = SinchCall.PROJECT + "/whatsapp/solutions";

	private final SinchRequests requests;

	public WhatsAppAccounts(SinchRequests requests) {
		this.requests = requests;
	}

	public WhatsAppAccount getAccount(String projectId) {
		return requests.read(SinchCall.of("account.get", GET, ACCOUNT, projectId), WhatsAppAccount.class);
	}

	public Page<WhatsAppActivity> accountActivities(String projectId, PageRequest page) {
		SinchCall call = SinchCall.of("account.activities", GET, ACCOUNT + "/activities", projectId).page(page);
		return requests.readPage(call, "notifications", WhatsAppActivity.class);
	}

	public WhatsAppComment addAccountComment(String projectId, String comment) {
		return requests.read(SinchCall.of("account.comment", POST, ACCOUNT + "/comments", projectId)
			.body(Map.of("comment", comment)), WhatsAppComment.class);
	}

	public List<WhatsAppSolution> listSolutions(String projectId) {
		return requests.readList(SinchCall.of("solutions.list", GET, SOLUTIONS, projectId), "solutions", WhatsAppSolution.class);
	}

	public WhatsAppSolution getSolution(String projectId, String solutionId) {
		return requests.read(SinchCall.of("solutions.get", GET, SOLUTIONS + "/{solutionId}", projectId, solutionId),
				WhatsAppSolution.class);
	}

	/** Assigns the partner solution to the project, enabling Embedded Signup with it. */
	public void assignSolution(String projectId, String solutionId) {
		requests.send(SinchCall.of("solutions.assign", POST, SOLUTIONS + "/{solutionId}/assign", projectId, solutionId));
	}

}
