package com.provisioningportal.portal.whatsapp;

import java.util.List;
import java.util.Optional;

import com.provisioningportal.portal.gateway.Activity;
import com.provisioningportal.portal.gateway.Page;
import com.provisioningportal.portal.gateway.PageRequest;
import com.provisioningportal.portal.gateway.ProvisioningGateway;
import com.provisioningportal.portal.gateway.Sender;
import com.provisioningportal.portal.gateway.SenderFilter;
import com.provisioningportal.portal.gateway.SinchApiException;

import org.springframework.stereotype.Service;

/** A project's WhatsApp senders as Sinch has them now; every read may throw a {@code SinchException}. */
@Service
class Senders {

	private static final int ACTIVITIES = 50;

	private final ProvisioningGateway gateway;

	Senders(ProvisioningGateway gateway) {
		this.gateway = gateway;
	}

	/** One page of the senders in {@code states} (all when empty); {@code pageToken} blank for the first. */
	Page<Sender> list(String projectId, List<String> states, String pageToken, int size) {
		return gateway.listSenders(projectId, new SenderFilter(states, List.of()),
				new PageRequest((pageToken == null || pageToken.isBlank()) ? null : pageToken, size));
	}

	Sender get(String projectId, String senderId) {
		return gateway.getSender(projectId, senderId);
	}

	/** The sender, or empty when Sinch does not know it (any more). */
	Optional<Sender> find(String projectId, String senderId) {
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

	List<Activity> activities(String projectId, String senderId) {
		return gateway.senderActivities(projectId, senderId, PageRequest.first(ACTIVITIES)).items();
	}

	static boolean gone(SinchApiException ex) {
		return ex.status() == 404;
	}

}
