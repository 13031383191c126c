package com.provisioningportal.portal.rcs;

import java.util.Map;

import com.provisioningportal.portal.web.StatusBadges;
import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.web.StatusToneContributor;

import org.springframework.stereotype.Component;

/**
 * The colours of Sinch's states of RCS senders, of their launch per country and operator, and of test numbers'
 * invitations. DRAFT, PENDING and REJECTED already mean what they mean here; SUSPENDED stays grey (switched off).
 */
@Component
class RcsStatusTones implements StatusToneContributor {

	@Override
	public Map<String, StatusTone> tones() {
		return Map.ofEntries(Map.entry("IN_TEST", StatusTone.NEEDS_YOU), Map.entry("PREPARING_LAUNCH", StatusTone.UNDER_WAY),
				Map.entry("PENDING_LAUNCH", StatusTone.UNDER_WAY), Map.entry("LAUNCHING", StatusTone.UNDER_WAY),
				Map.entry("LAUNCHED", StatusTone.DONE), Map.entry("UNLAUNCHED", StatusTone.FAILED),
				Map.entry("UNVERIFIED", StatusTone.UNDER_WAY), Map.entry("DECLINED", StatusTone.FAILED),
				Map.entry("EXPIRED", StatusTone.FAILED), Map.entry("INVALID", StatusTone.FAILED));
	}

	/**
	 * A test number's invitation state. VERIFIED means "still checking" for a WhatsApp signup, so the portal-wide
	 * table cannot say it is done; for a tester it is.
	 */
	static StatusTone testNumber(StatusBadges badges, String state) {
		return "VERIFIED".equals(StatusTone.key(state)) ? StatusTone.DONE : badges.tone(state);
	}

}
