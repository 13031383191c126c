package com.provisioningportal.portal.sms;

import java.util.Map;
import java.util.Optional;

import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.web.StatusToneContributor;

import org.springframework.stereotype.Component;

/** The colours of Sinch's states of SMS apps, their SMS channel and bundles. */
@Component
class SmsStatusTones implements StatusToneContributor {

	@Override
	public Map<String, StatusTone> tones() {
		return Map.of("READY", StatusTone.DONE, "PROVISIONING", StatusTone.UNDER_WAY, "FAILING", StatusTone.FAILED);
	}

	/**
	 * Sinch's provisioning states of SMS apps ({@code PENDING_ADD}, {@code IN_PROGRESS_UPDATE},
	 * {@code PROVISIONING_ADD_FAILED}, ...) read by their parts: any failure is red, work pending or under way is blue.
	 */
	@Override
	public Optional<StatusTone> toneByParts(String key) {
		if (key.contains("FAILED")) {
			return Optional.of(StatusTone.FAILED);
		}
		if (key.startsWith("PENDING_") || key.startsWith("IN_PROGRESS_") || key.startsWith("PROVISIONING")
				|| key.equals("DEPROVISIONING")) {
			return Optional.of(StatusTone.UNDER_WAY);
		}
		return Optional.empty();
	}

}
