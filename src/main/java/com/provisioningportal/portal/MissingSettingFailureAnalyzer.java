package com.provisioningportal.portal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MissingSettingFailureAnalyzer extends AbstractFailureAnalyzer<RequiredSettingsCheck.MissingSettingException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, RequiredSettingsCheck.MissingSettingException cause) {
		return new FailureAnalysis(cause.getMessage(), "See the Configuration section of the README.", cause);
	}

}
