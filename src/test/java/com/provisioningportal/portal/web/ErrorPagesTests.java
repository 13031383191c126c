package com.provisioningportal.portal.web;

import java.net.http.HttpResponse;

import com.provisioningportal.testsupport.PortalHttpClient;
import com.provisioningportal.testsupport.PortalServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Error pages as the server renders them: plain words, never an exception, its message or a stack trace. */
@PortalServerTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	PortalHttpClient admin;

	@BeforeEach
	void signIn() throws Exception {
		admin = new PortalHttpClient(port);
		admin.signIn("admin", "admin");
	}

	@Test
	void aMissingThingIsAPlain404Page() throws Exception {
		HttpResponse<String> response = admin.get("/admin/users/987654321");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(plain(response)).contains("Page not found", "Go to the dashboard");
	}

	@Test
	void anAddressNothingServesIsA404Page() throws Exception {
		HttpResponse<String> response = admin.get("/no-such-page");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(plain(response)).contains("Page not found");
	}

	@Test
	void malformedInputInTheAddressIsA400PageNotA500() throws Exception {
		HttpResponse<String> response = admin.get("/admin/users/not-a-number");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(plain(response)).contains("The request could not be understood");
	}

	@Test
	void aForbiddenPageSaysSoWithoutDetails() throws Exception {
		PortalHttpClient viewer = new PortalHttpClient(port);
		viewer.signIn("viewer", "viewer");

		HttpResponse<String> response = viewer.get("/admin/users");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(plain(response)).contains("You do not have access to this page");
	}

	@Test
	void aWrongMethodIsA405Page() throws Exception {
		HttpResponse<String> response = admin.get("/admin/users/1/disable");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(plain(response)).contains("This action is not available here");
	}

	@Test
	void aRequestForJsonGetsNoExceptionDetailsEither() throws Exception {
		HttpResponse<String> response = admin.get("/admin/users/not-a-number", "Accept", "application/json");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception", "trace", "not-a-number\"", "NumberFormat");
	}

	private static String plain(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception", "at com.", "at org.", "java.lang", "Whitelabel");
		return response.body();
	}

}
