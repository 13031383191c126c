package com.provisioningportal.portal.identity;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.SessionCookies;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PasswordChangeTests {

	private static final String OLD = "first password here";

	private static final String NEW = "second password here";

	@Autowired
	MockMvc mvc;

	@Autowired
	SeedUsers users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aUserChangesTheirOwnPasswordAndSignsInWithTheNewOne() throws Exception {
		String name = newUser();
		Cookie session = SessionCookies.signIn(mvc, name, OLD);

		change(session, OLD, NEW, NEW).andExpect(redirectedUrl("/"));

		mvc.perform(post("/login").param("username", name).param("password", OLD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(post("/login").param("username", name).param("password", NEW).with(csrf()))
			.andExpect(authenticated());
	}

	@Test
	void theCurrentPasswordIsRequiredAndAWrongOneIsSaidBesideItsField() throws Exception {
		Cookie session = SessionCookies.signIn(mvc, newUser(), OLD);

		change(session, "not my password", NEW, NEW).andExpect(status().isOk())
			.andExpect(content().string(containsString("This is not your current password.")))
			.andExpect(content().string(containsString("id=\"currentPassword-error\"")));
	}

	@Test
	void aShortPasswordIsRefusedWithTheRule() throws Exception {
		Cookie session = SessionCookies.signIn(mvc, newUser(), OLD);

		change(session, OLD, "short", "short").andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 12 characters.")));
	}

	@Test
	void aPasswordContainingTheUserNameIsRefused() throws Exception {
		String name = newUser();
		Cookie session = SessionCookies.signIn(mvc, name, OLD);

		change(session, OLD, "my " + name + " secret", "my " + name + " secret")
			.andExpect(content().string(containsString("Do not include the user name.")));
	}

	@Test
	void theTwoNewPasswordsMustMatch() throws Exception {
		Cookie session = SessionCookies.signIn(mvc, newUser(), OLD);

		change(session, OLD, NEW, NEW + "x").andExpect(status().isOk())
			.andExpect(content().string(containsString("The two new passwords do not match.")));
	}

	@Test
	void aUserWhosePasswordWasResetReachesNothingButThePasswordPage() throws Exception {
		String name = newUser();
		users.requirePasswordChange(name);
		Cookie session = SessionCookies.signIn(mvc, name, OLD);

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		mvc.perform(get("/account/password").cookie(session))
			.andExpect(content().string(containsString("Your password was set by someone else.")));

		change(session, OLD, NEW, NEW).andExpect(redirectedUrl("/"));

		mvc.perform(get("/").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("set by someone else"))));
	}

	@Test
	void afterAChangeTheSessionKeepsNoPasswordHash() throws Exception {
		Cookie session = SessionCookies.signIn(mvc, newUser(), OLD);

		change(session, OLD, NEW, NEW).andExpect(redirectedUrl("/"));

		byte[] stored = SessionCookies.storedSecurityContext(jdbc, session);
		Authentication authentication = ((SecurityContext) new DeserializingConverter().convert(stored)).getAuthentication();
		assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(PortalUserPrincipal.class,
				principal -> assertThat(principal.getPassword()).isNull());
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("{bcrypt}");
	}

	@Test
	void changingThePasswordWithoutTheCsrfTokenIsRefused() throws Exception {
		Cookie session = SessionCookies.signIn(mvc, newUser(), OLD);

		mvc.perform(post("/account/password").cookie(session)
			.param("currentPassword", OLD)
			.param("newPassword", NEW)
			.param("confirmPassword", NEW)).andExpect(status().isForbidden());
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		String name = newUser();

		mvc.perform(post("/login").param("username", name).param("password", OLD)).andExpect(status().isForbidden());
	}

	private ResultActions change(Cookie session, String current, String next, String confirm) throws Exception {
		return mvc.perform(post("/account/password").cookie(session)
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", confirm)
			.with(csrf()));
	}

	private String newUser() {
		String name = "pw-" + UUID.randomUUID().toString().substring(0, 8);
		users.ensure(name, OLD, "VIEWER");
		return name;
	}

}
