package com.provisioningportal.portal.web;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One meaning per colour, also for Sinch's provisioning states of SMS apps and bundles: the badge as the features
 * contribute their states to it.
 */
@PortalTest
class StatusToneTests {

	@Autowired
	StatusBadges badges;

	@ParameterizedTest
	@CsvSource({ "ACTIVE, DONE", "DONE, DONE", "READY, DONE", "IN_PROGRESS, UNDER_WAY", "PENDING_ADD, UNDER_WAY",
			"IN_PROGRESS_UPDATE, UNDER_WAY", "PROVISIONING_ADD, UNDER_WAY", "DEPROVISIONING, UNDER_WAY",
			"PENDING_VERIFICATION, NEEDS_YOU", "FAILED_ADD, FAILED", "PROVISIONING_ADD_FAILED, FAILED",
			"DEPROVISIONING_FAILED, FAILED", "FAILING, FAILED", "FAILED, FAILED", "BLOCKED, OFF", "DELETED, OFF",
			"STATUS_UNSPECIFIED, OFF" })
	void provisioningStatesReadByTheirParts(String state, StatusTone tone) {
		assertThat(badges.tone(state)).isEqualTo(tone);
	}

}
