package com.provisioningportal.portal.identity;

import java.util.Map;

import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.web.StatusToneContributor;

import org.springframework.stereotype.Component;

/** The colours of a user's sign-in state on the user pages. */
@Component
class UserStatusTones implements StatusToneContributor {

	@Override
	public Map<String, StatusTone> tones() {
		return Map.of("ENABLED", StatusTone.DONE, "LOCKED", StatusTone.NEEDS_YOU, "MUST_CHANGE_PASSWORD",
				StatusTone.NEEDS_YOU);
	}

}
