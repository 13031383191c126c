package com.provisioningportal.portal.web;

import java.util.Map;
import java.util.Optional;

/**
 * A feature's own states and their tones, so the badge knows them without {@code web} knowing the feature. Two
 * features may name the same state only with the same tone.
 */
public interface StatusToneContributor {

	/** The feature's states, as {@link StatusTone#key} spells them. */
	Map<String, StatusTone> tones();

	/**
	 * The tone of a state no feature names, read from its parts (a family of states Sinch composes); asked only after
	 * every feature's named states.
	 */
	default Optional<StatusTone> toneByParts(String key) {
		return Optional.empty();
	}

}
