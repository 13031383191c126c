package com.provisioningportal.portal.audit;

import java.util.Map;

import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.web.StatusToneContributor;

import org.springframework.stereotype.Component;

/** The colours of an audit row's {@link Phase}; FAILED is a shared state. */
@Component
class PhaseTones implements StatusToneContributor {

	@Override
	public Map<String, StatusTone> tones() {
		return Map.of(Phase.SUCCEEDED.name(), StatusTone.DONE, Phase.ATTEMPT.name(), StatusTone.UNDER_WAY,
				Phase.DENIED.name(), StatusTone.FAILED);
	}

}
