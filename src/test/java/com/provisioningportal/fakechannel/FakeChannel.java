package com.provisioningportal.fakechannel;

import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.callbacks.CallbackKind;
import com.provisioningportal.portal.dashboard.DashboardCount;
import com.provisioningportal.portal.dashboard.DashboardCounts;
import com.provisioningportal.portal.projects.ProjectTab;
import com.provisioningportal.portal.projects.ProjectTabContributor;
import com.provisioningportal.portal.projects.SetupCheck;
import com.provisioningportal.portal.projects.SetupCheckContributor;
import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.StatusTone;
import com.provisioningportal.portal.web.StatusToneContributor;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The fake channel's contributions, each the smallest a real channel would make. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeChannel {

	public static final String KIND = "fake-number";

	/** A state only this channel has. */
	public static final String WARMING_UP = "FAKE_WARMING_UP";

	@Bean
	ProjectTabContributor fakeTab() {
		return () -> List.of(new ProjectTab("fake", "Fake numbers", "/fake/numbers", 45, Access.CHANNELS_READ));
	}

	@Bean
	StatusToneContributor fakeTones() {
		return () -> Map.of(WARMING_UP, StatusTone.UNDER_WAY);
	}

	@Bean
	CallbackKind fakeCallbackKind() {
		return CallbackKind.of(KIND, payload -> CallbackKind.text(payload, "number"), "FAKE_NUMBER_");
	}

	@Bean
	SetupCheckContributor fakeSetupCheck() {
		return project -> List.of(new SetupCheck("Fake numbers", WARMING_UP, "The fake numbers are warming up.", null));
	}

	@Bean
	DashboardCounts fakeCounts() {
		return project -> List.of(new DashboardCount(3, "fake number", "fake numbers"),
				new DashboardCount(0, "fake number retired", "fake numbers retired"));
	}

}
