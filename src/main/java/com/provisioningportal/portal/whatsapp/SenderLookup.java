package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppActivity;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderFilter;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;

import org.springframework.stereotype.Service;

/** A project's WhatsApp senders as Sinch has them now; every read may throw a {@code SinchException}. */
@Service
class SenderLookup {

	private static final int ACTIVITIES = 50;

	private final WhatsAppSenders senders;

	SenderLookup(WhatsAppSenders senders) {
		this.senders = senders;
	}

	/** One page of the senders in {@code states} (all when empty); {@code pageToken} blank for the first. */
	Page<WhatsAppSender> list(String projectId, List<String> states, String pageToken, int size) {
		return senders.listSenders(projectId, new WhatsAppSenderFilter(states, List.of()),
				new PageRequest(pageToken, size));
	}

	WhatsAppSender get(String projectId, String senderId) {
		return senders.getSender(projectId, senderId);
	}

	/** The sender, or empty when Sinch does not know it (any more). */
	Optional<WhatsAppSender> find(String projectId, String senderId) {
		try {
			return Optional.of(get(projectId, senderId));
		}
		catch (SinchApiException ex) {
			if (gone(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	List<WhatsAppActivity> activities(String projectId, String senderId) {
		return senders.senderActivities(projectId, senderId, PageRequest.first(ACTIVITIES)).items();
	}

	static boolean gone(SinchApiException ex) {
		return ex.status() == 404;
	}

}
