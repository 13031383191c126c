package com.provisioningportal.portal;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class ActuatorTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsPublicButItsDetailsAreForAdministrators() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void livenessAndReadinessDependOnlyOnThePortalAndItsDatabase() throws Exception {
		mvc.perform(get("/actuator/health/liveness").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.livenessState.status").value("UP"))
			.andExpect(jsonPath("$.components.db").doesNotExist());
		mvc.perform(get("/actuator/health/readiness").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"));
	}

	@Test
	void metricsAreForAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").with(user("auditor").roles("AUDITOR"))).andExpect(status().isForbidden());
	}

	@Test
	void nothingElseOfTheActuatorIsExposed() throws Exception {
		for (String endpoint : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator" }) {
			mvc.perform(get(endpoint).with(user("admin").roles("ADMIN"))).andExpect(status().is4xxClientError());
		}
	}

}
