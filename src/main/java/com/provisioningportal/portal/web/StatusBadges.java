package com.provisioningportal.portal.web;

import org.springframework.stereotype.Component;

/** Lets templates ask {@code ${@badges.tone(state)}} without knowing the colour rules. */
@Component("badges")
public class StatusBadges {

	public StatusTone tone(Object state) {
		return StatusTone.of((state == null) ? null : state.toString());
	}

	public String label(Object state) {
		return StatusTone.label((state == null) ? null : state.toString());
	}

}
