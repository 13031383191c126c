package com.provisioningportal.portal.gateway;

import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/** The gateway inside the whole portal: wired, and its health kept out of liveness and readiness. */
@PortalTest
class GatewayInPortalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WhatsAppAccounts accounts;

	@Test
	void sinchHealthIsInTheUpstreamGroupAndStaysOutOfLivenessAndReadiness() throws Exception {
		mvc.perform(get("/actuator/health/upstream").with(user("admin").roles("ADMIN")))
			.andExpect(jsonPath("$.components.sinch.status").exists());
		mvc.perform(get("/actuator/health/liveness").with(user("admin").roles("ADMIN")))
			.andExpect(jsonPath("$.components.sinch").doesNotExist());
		mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
			.andExpect(jsonPath("$.components.sinch").doesNotExist());
	}

	@Test
	void aProjectThePortalHasNoCredentialsForIsNeverCalled() {
		assertThatThrownBy(() -> accounts.getAccount("00000000-0000-4000-8000-0000000000ff"))
			.isInstanceOf(UnknownSinchProjectException.class);
	}

}
