package com.provisioningportal.portal.gateway.whatsapp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.provisioningportal.portal.gateway.Change;
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
 * A project's WhatsApp senders at Sinch: list, read, create from Embedded Signup, edit the profile, delete, register
 * and verify the number, and the sender's activity trail and comments.
 * Every call throws a {@link com.provisioningportal.portal.gateway.SinchException} when Sinch did not succeed.
 */
@Component
public class WhatsAppSenders {

	private static final String SENDERS = SinchCall.PROJECT + "/whatsapp/senders";

	private static final String SENDER = SENDERS + "/{senderId}";

	private final SinchRequests requests;

	public WhatsAppSenders(SinchRequests requests) {
		this.requests = requests;
	}

	public Page<WhatsAppSender> listSenders(String projectId, WhatsAppSenderFilter filter, PageRequest page) {
		SinchCall call = SinchCall.of("senders.list", GET, SENDERS, projectId)
			.query("filterStates", filter.states())
			.query("filterStatuses", filter.statuses())
			.page(page);
		return requests.readPage(call, "senders", WhatsAppSender.class);
	}

	/** All senders matching the filter, fetched lazily page by page. */
	public Stream<WhatsAppSender> allSenders(String projectId, WhatsAppSenderFilter filter) {
		return Pages.all(PageRequest.first(100), page -> listSenders(projectId, filter, page));
	}

	public WhatsAppSender getSender(String projectId, String senderId) {
		return requests.read(SinchCall.of("senders.get", GET, SENDER, projectId, senderId), WhatsAppSender.class);
	}

	public WhatsAppSender createSender(String projectId, EmbeddedSignupSender sender) {
		return requests.read(SinchCall.of("senders.create", POST, SENDERS, projectId).body(sender), WhatsAppSender.class);
	}

	public WhatsAppSender updateSender(String projectId, String senderId, WhatsAppSenderUpdate update) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (String field : WhatsAppSenderUpdate.PROFILE_FIELDS) {
			RequestBodies.put(details, field, update.details().getOrDefault(field, Change.keep()));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", update.submit() ? "SUBMIT" : "DRAFT");
		body.put("details", details);
		return requests.read(SinchCall.of("senders.update", PATCH, SENDER, projectId, senderId).body(body), WhatsAppSender.class);
	}

	/** Marks the sender for removal (it keeps working for 30 days). */
	public void deleteSender(String projectId, String senderId) {
		requests.send(SinchCall.of("senders.delete", DELETE, SENDER, projectId, senderId));
	}

	/** Discards the sender's pending changes (only DRAFT, REJECTED or ERROR ones). */
	public void discardSenderChanges(String projectId, String senderId) {
		requests.send(SinchCall.of("senders.discardChanges", DELETE, SENDER + "/changes", projectId, senderId));
	}

	/** Asks Meta to send a verification code by {@code SMS} or {@code VOICE}. */
	public WhatsAppSenderRegistration registerSender(String projectId, String senderId, String method) {
		return requests.read(SinchCall.of("senders.register", POST, SENDER + "/register", projectId, senderId)
			.body(Map.of("method", method)), WhatsAppSenderRegistration.class);
	}

	/** Submits the verification code; {@code null} when Meta already verified the number. */
	public void verifySender(String projectId, String senderId, String code) {
		Map<String, Object> body = (code != null) ? Map.of("code", code) : Map.of();
		requests.send(SinchCall.of("senders.verify", POST, SENDER + "/verify", projectId, senderId).body(body));
	}

	/** The sender's activity trail, newest first; comments are the entries of type {@code COMMENT_ADDED}. */
	public Page<WhatsAppActivity> senderActivities(String projectId, String senderId, PageRequest page) {
		SinchCall call = SinchCall.of("senders.activities", GET, SENDER + "/activities", projectId, senderId)
			.page(page);
		return requests.readPage(call, "notifications", WhatsAppActivity.class);
	}

	public WhatsAppComment addSenderComment(String projectId, String senderId, String comment) {
		return requests.read(SinchCall.of("senders.comment", POST, SENDER + "/comments", projectId, senderId)
			.body(Map.of("comment", comment)), WhatsAppComment.class);
	}

}
