package com.provisioningportal.portal.identity;

import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * With an https public address the portal is reached through TLS whatever the request looks like to it (a proxy
 * whose forwarded headers it was not told to trust): the session cookie is always Secure and HSTS is always sent.
 */
@SpringBootTest(properties = "portal.public-url=https://portal.example.com")
@AutoConfigureMockMvc
@Import(TestInfrastructure.class)
@ActiveProfiles("test")
class HttpsPublicAddressTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPlainRequestStillGetsASecureSessionCookieAndHsts() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().stringValues("Set-Cookie",
					hasItem(allOf(containsString(SessionCookieConfiguration.COOKIE_NAME + "="), containsString("Secure")))))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

}
