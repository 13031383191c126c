package com.provisioningportal.portal.whatsapp;

import java.util.Map;

import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.web.StatusToneContributor;

import org.springframework.stereotype.Component;

/** The colours of Sinch's states of WhatsApp senders, templates and accounts, and of their pending changes. */
@Component
class WhatsAppStatusTones implements StatusToneContributor {

	@Override
	public Map<String, StatusTone> tones() {
		return Map.of("APPROVED", StatusTone.DONE, "ONBOARDED", StatusTone.DONE, "PENDING_VERIFICATION",
				StatusTone.NEEDS_YOU, "PENDING_FACEBOOK_VERIFICATION", StatusTone.NEEDS_YOU, "DRAFT", StatusTone.NEEDS_YOU,
				"CHANGES_PENDING", StatusTone.NEEDS_YOU, "REJECTED", StatusTone.FAILED);
	}

}
