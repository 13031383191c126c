package com.provisioningportal.portal.rcs;

import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.callbacks.StatusSource;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;

import org.springframework.stereotype.Component;

/**
 * A sender's state as the portal waits on it: from the launch until Sinch's review and the operators are done. The
 * callbacks carry the sender, so the default reading of the payload's {@code state} applies.
 */
@Component
class RcsSenderStatus implements StatusSource {

	/** Where nothing happens without someone acting: testing, launched, refused everywhere, or never submitted. */
	static final Set<String> SETTLED = Set.of("DRAFT", "IN_TEST", "LAUNCHED", "UNLAUNCHED");

	private final RcsSenders senders;

	RcsSenderStatus(RcsSenders senders) {
		this.senders = senders;
	}

	@Override
	public String kind() {
		return RcsCallbacks.SENDER;
	}

	@Override
	public Optional<String> currentState(String projectId, String senderId) {
		try {
			return Optional.ofNullable(senders.getSender(projectId, senderId).state());
		}
		catch (SinchApiException ex) {
			if (RcsSenderLookup.gone(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public boolean settled(String state) {
		return SETTLED.contains(state);
	}

}
