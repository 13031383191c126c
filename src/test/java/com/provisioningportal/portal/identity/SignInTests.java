package com.provisioningportal.portal.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.SessionCookies;
import com.provisioningportal.testsupport.TestInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@PortalTest
class SignInTests {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	SeedUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aKnownUserWithTheRightPasswordIsSignedInAndSentToTheDashboard() throws Exception {
		String name = newUser();

		signIn(name, PASSWORD).andExpect(authenticated().withUsername(name).withRoles("VIEWER"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void userNamesAreNotCaseSensitive() throws Exception {
		String name = newUser();

		signIn(name.toUpperCase(java.util.Locale.ROOT), PASSWORD).andExpect(authenticated());
	}

	@Test
	void aWrongPasswordSendsTheUserBackWithTheNameKeptAndAPlainMessage() throws Exception {
		String name = newUser();

		Cookie session = SessionCookies.of(signIn(name, "wrong").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error")));

		mvc.perform(get("/login?error").cookie(session))
			.andExpect(content().string(containsString("That user name and password did not match")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")));
	}

	@Test
	void fiveFailuresLockAKnownNameEvenAgainstTheRightPassword() throws Exception {
		String name = newUser();
		failFiveTimes(name);

		signIn(name, PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked")).andExpect(content().string(containsString("Too many failed sign-ins")));
	}

	@Test
	void anUnknownNameIsLockedExactlyLikeAKnownOne() throws Exception {
		String unknown = "nobody-" + UUID.randomUUID();
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(unknown, "guess" + attempt).andExpect(redirectedUrl("/login?error"));
		}
		signIn(unknown, "guess5").andExpect(redirectedUrl("/login?error"));

		signIn(unknown, "guess6").andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void fourFailuresDoNotLock() throws Exception {
		String name = newUser();
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(name, "wrong").andExpect(redirectedUrl("/login?error"));
		}

		signIn(name, PASSWORD).andExpect(authenticated());
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() throws Exception {
		String name = newUser();
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(name, "wrong");
		}
		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(16));

		signIn(name, "wrong").andExpect(redirectedUrl("/login?error"));
		signIn(name, PASSWORD).andExpect(authenticated());
	}

	@Test
	void theLockEndsAfterFifteenMinutes() throws Exception {
		String name = newUser();
		failFiveTimes(name);

		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(14));
		signIn(name, PASSWORD).andExpect(redirectedUrl("/login?locked"));

		TestInfrastructure.CLOCK.advance(Duration.ofMinutes(1).plusSeconds(1));
		signIn(name, PASSWORD).andExpect(authenticated());
	}

	@Test
	void aDisabledUserGetsTheSameMessageAsAWrongPassword() throws Exception {
		String name = newUser();
		users.disable(name);

		signIn(name, PASSWORD).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		String name = newUser();
		Cookie session = SessionCookies.of(signIn(name, PASSWORD));

		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signingInGivesTheSessionANewIdSoAPlantedIdIsUseless() throws Exception {
		String name = newUser();
		Cookie planted = SessionCookies.of(mvc.perform(get("/login")));

		Cookie afterSignIn = SessionCookies.of(mvc.perform(post("/login").cookie(planted)
			.param("username", name)
			.param("password", PASSWORD)
			.with(csrf())).andExpect(authenticated()));

		assertThat(afterSignIn.getValue()).isNotEqualTo(planted.getValue());
		mvc.perform(get("/").cookie(planted)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/").cookie(afterSignIn)).andExpect(status().isOk());
	}

	@Test
	void anUnknownNameAndAKnownNameWithAWrongPasswordGetTheSameAnswer() throws Exception {
		String known = newUser();
		String unknown = "user-" + UUID.randomUUID().toString().substring(0, 8);

		Cookie knownSession = SessionCookies.of(signIn(known, "wrong").andExpect(redirectedUrl("/login?error")));
		Cookie unknownSession = SessionCookies.of(signIn(unknown, "wrong").andExpect(redirectedUrl("/login?error")));

		String knownPage = page("/login?error", knownSession).replace(known, "NAME");
		String unknownPage = page("/login?error", unknownSession).replace(unknown, "NAME");
		assertThat(withoutCsrfToken(unknownPage)).isEqualTo(withoutCsrfToken(knownPage));
	}

	@Test
	void theSignInPageSaysWhyEachRefusalHappenedInPlainWords() throws Exception {
		mvc.perform(get("/login?locked"))
			.andExpect(content().string(containsString("Too many failed sign-ins for this name. Wait 15 minutes and try again")));
		mvc.perform(get("/login?addressLocked"))
			.andExpect(content().string(containsString("Too many failed sign-ins have come from your network. Wait 15 minutes")));
		mvc.perform(get("/login?busy"))
			.andExpect(content().string(containsString("so yours was not checked. Try again in a moment.")));
	}

	@Test
	void theSessionKeepsThePrincipalWithoutItsPasswordHash() throws Exception {
		String name = newUser();
		Cookie session = SessionCookies.of(signIn(name, PASSWORD).andExpect(authenticated()));

		byte[] stored = SessionCookies.storedSecurityContext(jdbc, session);
		Authentication authentication = ((SecurityContext) new DeserializingConverter().convert(stored)).getAuthentication();
		assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(PortalUserPrincipal.class,
				principal -> assertThat(principal.getPassword()).isNull());
		assertThat(authentication.getCredentials()).isNull();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}");
	}

	private String newUser() {
		String name = "user-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, PASSWORD, "VIEWER");
		return name;
	}

	private void failFiveTimes(String name) throws Exception {
		for (int attempt = 1; attempt <= 5; attempt++) {
			signIn(name, "wrong").andExpect(redirectedUrl("/login?error"));
		}
	}

	private String page(String path, Cookie session) throws Exception {
		return mvc.perform(get(path).cookie(session)).andReturn().getResponse().getContentAsString();
	}

	private static String withoutCsrfToken(String page) {
		return page.replaceAll("(name=\"_csrf\" (value|content)=)\"[^\"]*\"", "$1");
	}

	private ResultActions signIn(String name, String password) throws Exception {
		return mvc.perform(post("/login").param("username", name).param("password", password).with(csrf()));
	}

}
