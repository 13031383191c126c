package com.provisioningportal.portal.audit;

import com.provisioningportal.testsupport.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The audit pages name an action in the words its feature gives, and show its code beside them for filtering. */
@PortalTest
class AuditActionLabelsTests {

	@Autowired
	AuditActionLabels labels;

	@Autowired
	AuditLog auditLog;

	@Autowired
	MockMvc mvc;

	@Test
	void anActionIsCalledByItsLabelAndOneWithoutALabelByItsCode() {
		assertThat(labels.label("WEBHOOK_UPDATE")).isEqualTo("Webhook changed");
		assertThat(labels.label("TEAM_MEMBER_ROLE_CHANGE")).isEqualTo("Member's role in a team changed");
		assertThat(labels.label("SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
	}

	@Test
	void theLogShowsTheLabelAndTheCode() throws Exception {
		long id = auditLog.record(AuditEntry.of("PASSWORD_CHANGE").by(Actor.SYSTEM), Phase.SUCCEEDED, Outcome.ok());

		String page = mvc.perform(get("/audit/" + id).with(user("auditor").roles("AUDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Password changed", "<code class=\"fs-6\">PASSWORD_CHANGE</code>");
	}

}
