package com.provisioningportal.portal.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageUrlTests {

	@Test
	void everyValueIsEncodedStrictlyAndNeverTakenForATemplate() {
		String url = PageUrl.of("/projects/{projectId}/whatsapp/templates", "a b")
			.params("state", List.of("APPROVED", "REJECTED"))
			.param("name", "{order}&x=1")
			.param("pageToken", "ab+/c==")
			.toString();

		assertThat(url).isEqualTo("/projects/a%20b/whatsapp/templates?state=APPROVED&state=REJECTED"
				+ "&name=%7Border%7D%26x%3D1&pageToken=ab%2B%2Fc%3D%3D");
	}

	@Test
	void anEmptyOrMissingValueAddsNoParameter() {
		assertThat(PageUrl.of("/projects/{projectId}/sms/apps", "p1").param("pageToken", "").param("name", null))
			.hasToString("/projects/p1/sms/apps");
	}

}
