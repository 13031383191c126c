package com.provisioningportal.portal;

import java.net.http.HttpResponse;

import com.provisioningportal.testsupport.PortalHttpClient;
import com.provisioningportal.testsupport.PortalServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@PortalServerTest
@ExtendWith(OutputCaptureExtension.class)
class ServerBehaviourTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void behindATlsProxyRedirectsUseTheProxysSchemeAndHost() throws Exception {
		HttpResponse<String> response = new PortalHttpClient(port).get("/", "X-Forwarded-Proto", "https",
				"X-Forwarded-Host", "portal.example.com", "X-Forwarded-For", "203.0.113.7");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("https://portal.example.com/login");
	}

	@Test
	void invalidUtf8InAQueryIsABadRequestLoggedWithoutAStackTrace(CapturedOutput output) throws Exception {
		PortalHttpClient auditor = new PortalHttpClient(port);
		auditor.signIn("auditor", "auditor");

		assertThat(new PortalHttpClient(port).get("/login?name=%C3%28").statusCode()).isEqualTo(400);
		assertThat(auditor.get("/audit?actor=%C3%28").statusCode()).isEqualTo(400);
		assertThat(output.getOut()).doesNotContain("\tat org.", "ERROR");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		HttpResponse<String> response = new PortalHttpClient(port).get("/login");

		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("PORTAL_SESSION=")
			.contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain http, plain public address")
			.isEmpty();
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> response = new PortalHttpClient(port).get("/login", "X-Forwarded-Proto", "https");

		assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}

	@Test
	void sessionsLiveInPostgreSqlSoAnyInstanceCanServeThem() throws Exception {
		new PortalHttpClient(port).signIn("auditor", "auditor");

		Integer sessions = jdbc.sql("select count(*) from spring_session where principal_name = 'auditor'")
			.query(Integer.class)
			.single();
		assertThat(sessions).isPositive();
	}

	@Test
	void sessionsExpireAfterThirtyMinutesIdle() throws Exception {
		new PortalHttpClient(port).signIn("viewer", "viewer");

		Integer idleSeconds = jdbc.sql("select max(max_inactive_interval) from spring_session where principal_name = 'viewer'")
			.query(Integer.class)
			.single();
		assertThat(idleSeconds).isEqualTo(30 * 60);
	}

}
