package com.provisioningportal.portal.identity;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.SessionCookies;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sessions end at their absolute lifetime however active they are; Spring Session's idle timeout runs on its own. */
@PortalTest
class SessionLifetimeTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	SeedUsers users;

	@Autowired
	SignInSettings settings;

	@Test
	void aSessionInUseEndsAtItsLifetimeWhileAYoungerOneLivesOn() throws Exception {
		Cookie older = signedIn();
		Duration lifetime = settings.sessionLifetime();
		TestInfrastructure.CLOCK.advance(lifetime.minusHours(1));
		mvc.perform(get("/").cookie(older)).andExpect(status().isOk());
		Cookie younger = signedIn();

		TestInfrastructure.CLOCK.advance(Duration.ofHours(1).plusMinutes(1));

		mvc.perform(get("/").cookie(older)).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/").cookie(older)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").cookie(younger)).andExpect(status().isOk());
	}

	@Test
	void theSignInPageSaysTheSessionEnded() throws Exception {
		mvc.perform(get("/login?expired"))
			.andExpect(content().string(containsString("Your session ended. Sign in again to continue.")));
	}

	/** Signed in, with a first request made, as a browser follows the redirect after signing in. */
	private Cookie signedIn() throws Exception {
		String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, PASSWORD, "VIEWER");
		Cookie session = SessionCookies.signIn(mvc, name, PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		return session;
	}

}
