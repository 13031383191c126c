package com.provisioningportal.portal.rcs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.provisioningportal.portal.callbacks.SinchCallbackReceived;
import com.provisioningportal.portal.callbacks.StatusSource;
import com.provisioningportal.portal.callbacks.WatchedStatus;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.rcs.RcsCountryStatus;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A sender's status as the portal waits on it: from the launch until Sinch's review and the operators are done. Its
 * parts are the launch's countries ({@code FR}) and their operators ({@code FR/Orange}), so an operator's decision
 * is news even while the sender stays {@code LAUNCHING}. Sinch's RCS callbacks carry the whole sender.
 */
@Component
class RcsSenderStatus implements StatusSource {

	/** Where nothing happens without someone acting: testing, launched, refused everywhere, or never submitted. */
	static final Set<String> SETTLED = Set.of("DRAFT", "IN_TEST", "LAUNCHED", "UNLAUNCHED");

	private final RcsSenders senders;

	private final JsonMapper json;

	RcsSenderStatus(RcsSenders senders, JsonMapper json) {
		this.senders = senders;
		this.json = json;
	}

	@Override
	public String kind() {
		return RcsCallbacks.SENDER;
	}

	@Override
	public Optional<WatchedStatus> currentStatus(String projectId, String senderId) {
		try {
			RcsSender sender = senders.getSender(projectId, senderId);
			return Optional.ofNullable(sender.state()).map(state -> new WatchedStatus(state, parts(sender.countryStatus())));
		}
		catch (SinchApiException ex) {
			if (RcsSenderLookup.gone(ex)) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public Optional<WatchedStatus> statusAfter(SinchCallbackReceived callback) {
		if (callback.state() == null) {
			return Optional.empty();
		}
		Map<String, String> parts = new LinkedHashMap<>();
		for (JsonNode country : json.readTree(callback.payloadJson()).path("payload").path("countryStatus")) {
			String code = country.path("country").asString("");
			parts.put(code, country.path("status").asString(""));
			for (JsonNode operator : country.path("operators")) {
				parts.put(code + "/" + operator.path("name").asString(""), operator.path("status").asString(""));
			}
		}
		return Optional.of(new WatchedStatus(callback.state(), parts));
	}

	@Override
	public boolean settled(String state) {
		return SETTLED.contains(state);
	}

	/** The same names as a callback's payload gives them, so the two paths never disagree about one launch. */
	private static Map<String, String> parts(List<RcsCountryStatus> launch) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (RcsCountryStatus country : (launch == null) ? List.<RcsCountryStatus>of() : launch) {
			parts.put(country.country(), Objects.toString(country.status(), ""));
			for (RcsCountryStatus.Operator operator : (country.operators() == null) ? List.<RcsCountryStatus.Operator>of()
					: country.operators()) {
				parts.put(country.country() + "/" + operator.name(), Objects.toString(operator.status(), ""));
			}
		}
		return parts;
	}

}
