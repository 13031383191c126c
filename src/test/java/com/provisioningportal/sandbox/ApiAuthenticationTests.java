package com.provisioningportal.sandbox;

import java.time.Duration;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiAuthenticationTests extends SandboxTestSupport {

	@Test
	void acceptsABearerTokenItIssued() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.call("GET", "/v1/projects/" + project.id() + "/webhooks",
				"Bearer " + client.accessToken(project), null);

		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void acceptsHttpBasicWithTheProjectsKey() {
		SandboxProject project = sandbox.addProject("Shop");

		assertThat(client.get(project, "/webhooks").status()).isEqualTo(200);
	}

	@Test
	void answersMissingOrWrongCredentialsWith401AndAPapiBody() {
		SandboxProject project = sandbox.addProject("Shop");
		String path = "/v1/projects/" + project.id() + "/webhooks";

		Reply none = client.call("GET", path, null, null);
		Reply wrongSecret = client.call("GET", path, SandboxClient.basic(project.keyId(), "wrong"), null);
		Reply unknownToken = client.call("GET", path, "Bearer not-a-token", null);

		for (Reply reply : new Reply[] { none, wrongSecret, unknownToken }) {
			assertThat(reply.status()).isEqualTo(401);
			assertThat(reply.errorCode()).isEqualTo("unauthorized_error");
			assertThat(reply.json().path("message").asString()).isEqualTo("Unauthorized error.");
			assertThat(reply.json().path("resolution").asString()).isEqualTo("Verify that projectId is correct.");
		}
	}

	@Test
	void refusesAKeyOnAnotherProjectWith401() {
		SandboxProject mine = sandbox.addProject("Mine");
		SandboxProject theirs = sandbox.addProject("Theirs");

		Reply reply = client.call("GET", "/v1/projects/" + theirs.id() + "/webhooks", SandboxClient.basic(mine), null);

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.errorCode()).isEqualTo("unauthorized_error");
	}

	@Test
	void answersAnUnknownProjectWith404ProjectNotFound() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.call("GET", "/v1/projects/" + Ids.uuid() + "/webhooks", SandboxClient.basic(project), null);

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("project_not_found");
	}

	@Test
	void answersAMalformedProjectIdWith400InvalidIdFormat() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.call("GET", "/v1/projects/not-a-uuid/webhooks", SandboxClient.basic(project), null);

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.errorCode()).isEqualTo("invalid_id_format");
	}

	@Test
	void saysInWwwAuthenticateWhenABearerTokenExpired() {
		SandboxProject project = sandbox.addProject("Shop");
		String token = client.accessToken(project);

		sandbox.advance(Duration.ofHours(1));
		Reply reply = client.call("GET", "/v1/projects/" + project.id() + "/webhooks", "Bearer " + token, null);

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.errorCode()).isEqualTo("unauthorized_error");
		assertThat(reply.header("WWW-Authenticate")).contains("expired");
	}

	@Test
	void aTokenIsValidUntilJustBeforeItsLifetimeEnds() {
		SandboxProject project = sandbox.addProject("Shop");
		String token = client.accessToken(project);

		sandbox.advance(Duration.ofMinutes(59));

		assertThat(client.call("GET", "/v1/projects/" + project.id() + "/webhooks", "Bearer " + token, null).status())
			.isEqualTo(200);
	}

}
