package com.provisioningportal.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	/** The session's security context as the session store holds it: Java-serialised, Spring Session's default. */
	public static byte[] storedSecurityContext(JdbcClient jdbc, Cookie session) {
		String sessionId = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		return jdbc.sql("""
				select a.attribute_bytes from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
				""").param(sessionId).query(byte[].class).single();
	}

	public static Cookie signIn(MockMvc mvc, String username, String password) throws Exception {
		return of(mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())));
	}

}
