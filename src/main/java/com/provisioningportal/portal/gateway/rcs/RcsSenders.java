package com.provisioningportal.portal.gateway.rcs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.Pages;
import com.provisioningportal.portal.gateway.transport.RequestBodies;
import com.provisioningportal.portal.gateway.transport.SinchCall;
import com.provisioningportal.portal.gateway.transport.SinchRequests;

import org.springframework.stereotype.Component;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * A project's RCS senders at Sinch: list, read, create and edit them (the brand and the launch questionnaire), read
 * a use case's launch questions, launch, invite test numbers, and the sender's activity trail and comments.
 * Every call throws a {@link com.provisioningportal.portal.gateway.SinchException} when Sinch did not succeed.
 */
@Component
public class RcsSenders {

	private static final String SENDERS = SinchCall.PROJECT + "/rcs/senders";

	private static final String SENDER = SENDERS + "/{senderId}";

	private static final String TEST_NUMBER = SENDER + "/testNumbers/{testNumber}";

	private final SinchRequests requests;

	public RcsSenders(SinchRequests requests) {
		this.requests = requests;
	}

	public Page<RcsSender> listSenders(String projectId, RcsSenderFilter filter, PageRequest page) {
		SinchCall call = SinchCall.of("rcs.senders.list", GET, SENDERS, projectId)
			.query("filterStates", filter.states())
			.query("search", filter.search())
			.page(page);
		return requests.readPage(call, "senders", RcsSender.class);
	}

	/** All senders matching the filter, fetched lazily page by page. */
	public Stream<RcsSender> allSenders(String projectId, RcsSenderFilter filter) {
		return Pages.all(PageRequest.first(100), page -> listSenders(projectId, filter, page));
	}

	public RcsSender getSender(String projectId, String senderId) {
		return requests.read(SinchCall.of("rcs.senders.get", GET, SENDER, projectId, senderId), RcsSender.class);
	}

	/** Creates the sender; Sinch then sets up its test agent ({@code IN_PROGRESS}, then {@code IN_TEST}). */
	public RcsSender createSender(String projectId, NewRcsSender sender) {
		return requests.read(SinchCall.of("rcs.senders.create", POST, SENDERS, projectId).body(sender), RcsSender.class);
	}

	public RcsSender updateSender(String projectId, String senderId, RcsSenderUpdate update) {
		Map<String, Object> brand = new LinkedHashMap<>();
		update.brand().forEach((field, change) -> RequestBodies.put(brand, field, change));
		Map<String, Object> details = new LinkedHashMap<>();
		if (!brand.isEmpty()) {
			details.put("brand", brand);
		}
		RequestBodies.put(details, "callbackUrl", update.callbackUrl());
		RequestBodies.putIfPresent(details, "countries", update.countries());
		RequestBodies.putIfPresent(details, "questionnaire", update.questionnaire());
		return requests.read(SinchCall.of("rcs.senders.update", PATCH, SENDER, projectId, senderId)
			.body(Map.of("details", details)), RcsSender.class);
	}

	/**
	 * Starts the launch in the sender's countries. Sinch refuses it until the questionnaire is complete and the brand
	 * has its logo, banner, legal pages and a contact; the country and operator statuses then follow in
	 * {@link RcsSender#countryStatus()}.
	 */
	public RcsSender launchSender(String projectId, String senderId) {
		return requests.read(SinchCall.of("rcs.senders.launch", POST, SENDER + "/launch", projectId, senderId),
				RcsSender.class);
	}

	/** The launch questions of a use case, with those of the given countries (ISO codes) that ask more. */
	public RcsLaunchQuestions launchQuestions(String projectId, String useCase, List<String> countries) {
		SinchCall call = SinchCall.of("rcs.questionnaire.get", GET, SinchCall.PROJECT + "/rcs/questionnaire/{useCase}",
				projectId, useCase)
			.query("countries", (countries != null) ? countries : List.of());
		return requests.read(call, RcsLaunchQuestions.class);
	}

	/**
	 * Invites phone numbers (E.164) to become testers and answers every test number's state. Adding a verified number
	 * again invites it again. Sinch allows 20 invitations a day and 200 in all.
	 */
	public List<RcsTestNumber> addTestNumbers(String projectId, String senderId, List<String> numbers) {
		return requests.readList(SinchCall.of("rcs.senders.addTestNumbers", POST, SENDER + "/testNumbers", projectId,
				senderId)
			.body(Map.of("testNumbers", numbers)), "testNumbers", RcsTestNumber.class);
	}

	public RcsTestNumber getTestNumber(String projectId, String senderId, String number) {
		return requests.read(SinchCall.of("rcs.senders.getTestNumber", GET, TEST_NUMBER, projectId, senderId, number),
				RcsTestNumber.class);
	}

	/** Sends the invitation to a test number again. */
	public RcsTestNumber retryTestNumber(String projectId, String senderId, String number) {
		return requests.read(SinchCall.of("rcs.senders.retryTestNumber", GET, TEST_NUMBER + "/retry", projectId,
				senderId, number), RcsTestNumber.class);
	}

	public void deleteTestNumber(String projectId, String senderId, String number) {
		requests.send(SinchCall.of("rcs.senders.deleteTestNumber", DELETE, TEST_NUMBER, projectId, senderId, number));
	}

	/** The sender's activity trail, newest first; comments are the entries of type {@code COMMENT_ADDED}. */
	public Page<RcsActivity> senderActivities(String projectId, String senderId, PageRequest page) {
		SinchCall call = SinchCall.of("rcs.senders.activities", GET, SENDER + "/activities", projectId, senderId)
			.page(page);
		return requests.readPage(call, "notifications", RcsActivity.class);
	}

	public RcsComment addSenderComment(String projectId, String senderId, String comment) {
		return requests.read(SinchCall.of("rcs.senders.comment", POST, SENDER + "/comments", projectId, senderId)
			.body(Map.of("comment", comment)), RcsComment.class);
	}

}
