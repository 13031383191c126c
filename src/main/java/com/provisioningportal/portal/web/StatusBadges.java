package com.provisioningportal.portal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Lets templates ask {@code ${@badges.tone(state)}} without knowing the colour rules: the shared states, then each
 * feature's own, then the features' readings by parts; grey for anything else.
 */
@Component("badges")
public class StatusBadges {

	private final Map<String, StatusTone> named;

	private final List<StatusToneContributor> contributors;

	public StatusBadges(List<StatusToneContributor> contributors) {
		this.contributors = List.copyOf(contributors);
		Map<String, StatusTone> all = new HashMap<>(StatusTone.GENERIC);
		contributors.forEach(contributor -> contributor.tones().forEach((state, tone) -> {
			StatusTone earlier = all.putIfAbsent(state, tone);
			if (earlier != null && earlier != tone) {
				throw new IllegalStateException("State " + state + " is both " + earlier + " and " + tone);
			}
		}));
		this.named = Map.copyOf(all);
	}

	public StatusTone tone(Object state) {
		String key = StatusTone.key((state == null) ? null : state.toString());
		StatusTone tone = named.get(key);
		if (tone != null) {
			return tone;
		}
		return contributors.stream()
			.map(contributor -> contributor.toneByParts(key))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(StatusTone.OFF);
	}

	public String label(Object state) {
		return StatusTone.label((state == null) ? null : state.toString());
	}

}
