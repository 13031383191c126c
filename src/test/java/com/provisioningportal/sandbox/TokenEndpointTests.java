package com.provisioningportal.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTests extends SandboxTestSupport {

	@Test
	void issuesABearerTokenForClientCredentialsInTheReferenceShape() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.token(SandboxClient.basic(project), "grant_type=client_credentials");

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().propertyNames()).containsExactlyInAnyOrder("access_token", "token_type", "expires_in",
				"scope");
		assertThat(reply.json().path("token_type").asString()).isEqualTo("Bearer");
		assertThat(reply.json().path("expires_in").asLong()).isEqualTo(3600);
		assertThat(reply.json().path("scope").asString()).isEmpty();
		assertThat(reply.json().path("access_token").asString().split("\\.")).hasSize(3);
	}

	@Test
	void acceptsClientCredentialsThatWereUrlEncodedBeforeBase64AsRfc6749Allows() {
		SandboxProject project = sandbox.addProject(new SandboxProject(Ids.uuid(), "Odd", "key id+1", "s3cr+t/x=:y"));
		String encoded = SandboxClient.basic(URLEncoder.encode(project.keyId(), StandardCharsets.UTF_8),
				URLEncoder.encode(project.keySecret(), StandardCharsets.UTF_8));

		assertThat(client.token(encoded, "grant_type=client_credentials").status()).isEqualTo(200);
		assertThat(client.token(SandboxClient.basic(project), "grant_type=client_credentials").status()).isEqualTo(200);
	}

	@Test
	void refusesWrongCredentialsWith401() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply wrongSecret = client.token(SandboxClient.basic(project.keyId(), "nope"), "grant_type=client_credentials");
		Reply none = client.token(null, "grant_type=client_credentials");

		assertThat(wrongSecret.status()).isEqualTo(401);
		assertThat(wrongSecret.json().path("error").asString()).isEqualTo("invalid_client");
		assertThat(none.status()).isEqualTo(401);
	}

	@Test
	void supportsOnlyTheClientCredentialsGrant() {
		SandboxProject project = sandbox.addProject("Shop");

		Reply reply = client.token(SandboxClient.basic(project), "grant_type=password");

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().path("error").asString()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void countsTokenRequestsIncludingFailedOnes() {
		SandboxProject project = sandbox.addProject("Shop");

		client.accessToken(project);
		client.accessToken(project);
		client.token(null, "grant_type=client_credentials");

		assertThat(sandbox.tokenRequestCount()).isEqualTo(3);
	}

	@Test
	void tokenLifetimeIsConfigurable() {
		try (SinchSandbox shortLived = SinchSandbox
			.start(SandboxOptions.forTests(clock).withTokenLifetime(Duration.ofMinutes(5)))) {
			SandboxProject project = shortLived.addProject("Shop");

			Reply reply = new SandboxClient(shortLived).token(SandboxClient.basic(project), "grant_type=client_credentials");

			assertThat(reply.json().path("expires_in").asLong()).isEqualTo(300);
		}
	}

}
