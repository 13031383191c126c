package com.provisioningportal.portal.rcs;

import com.provisioningportal.portal.web.StatusBadges;
import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The colours of RCS senders' states, of their launch per country and operator, and of test numbers' invitations. */
@PortalTest
class RcsStatusTonesTests {

	@Autowired
	StatusBadges badges;

	@ParameterizedTest
	@CsvSource({ "DRAFT, NEEDS_YOU", "IN_PROGRESS, UNDER_WAY", "IN_TEST, NEEDS_YOU", "PREPARING_LAUNCH, UNDER_WAY",
			"PENDING_LAUNCH, UNDER_WAY", "LAUNCHING, UNDER_WAY", "LAUNCHED, DONE", "UNLAUNCHED, FAILED", "PENDING, UNDER_WAY",
			"REJECTED, FAILED", "SUSPENDED, OFF", "UNKNOWN, OFF" })
	void senderCountryAndOperatorStates(String state, StatusTone tone) {
		assertThat(badges.tone(state)).isEqualTo(tone);
	}

	@ParameterizedTest
	@CsvSource({ "VERIFIED, DONE", "UNVERIFIED, UNDER_WAY", "PENDING, UNDER_WAY", "DECLINED, FAILED", "EXPIRED, FAILED",
			"INVALID, FAILED", "FAILED, FAILED", "REJECTED, FAILED" })
	void testNumberInvitationStates(String state, StatusTone tone) {
		assertThat(RcsStatusTones.testNumber(badges, state)).isEqualTo(tone);
	}

}
