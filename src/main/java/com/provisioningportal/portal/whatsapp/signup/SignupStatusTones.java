package com.provisioningportal.portal.whatsapp.signup;

import java.util.Map;

import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.web.StatusToneContributor;

import org.springframework.stereotype.Component;

/** The colours of a signup attempt's steps; ACTIVE and ERROR are shared states. */
@Component
class SignupStatusTones implements StatusToneContributor {

	@Override
	public Map<String, StatusTone> tones() {
		return Map.of(AttemptStatus.STARTED.name(), StatusTone.UNDER_WAY, AttemptStatus.CODE_RECEIVED.name(),
				StatusTone.UNDER_WAY, AttemptStatus.VERIFIED.name(), StatusTone.UNDER_WAY,
				AttemptStatus.SENDER_REQUESTED.name(), StatusTone.UNDER_WAY, AttemptStatus.NEEDS_NUMBER.name(),
				StatusTone.NEEDS_YOU, AttemptStatus.META_ERROR.name(), StatusTone.FAILED);
	}

}
