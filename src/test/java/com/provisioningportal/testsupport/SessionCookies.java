package com.provisioningportal.testsupport;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions live in PostgreSQL (Spring Session), so tests follow one by its cookie, as a browser does, instead of
 * handing MockMvc a session object.
 */
public final class SessionCookies {

	public static final String NAME = "PORTAL_SESSION";

	private SessionCookies() {
	}

	public static Cookie of(ResultActions result) {
		Cookie cookie = result.andReturn().getResponse().getCookie(NAME);
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		return of(mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())));
	}

}
