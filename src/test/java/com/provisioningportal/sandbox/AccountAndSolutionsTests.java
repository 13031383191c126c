package com.provisioningportal.sandbox;

import java.time.Duration;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AccountAndSolutionsTests extends SandboxTestSupport {

	private static String partnerInitiated(String wabaName) {
		return """
				{"wabaName": "%s", "clientBusinessManagerId": "123456789",
				 "senderDetails": {"displayName": "Shop", "businessCategory": "RESTAURANT", "region": "EU"}}
				""".formatted(wabaName);
	}

	@Test
	void aProjectWithoutAccountAnswers404AccountNotFound() {
		Reply reply = client.get(sandbox.addProject("New"), "/whatsapp");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.errorCode()).isEqualTo("account_not_found");
	}

	@Test
	void aPartnerInitiatedAccountGoesThroughFacebookVerificationToOnboarded() {
		SandboxProject project = sandbox.addProject("New");

		Reply created = client.post(project, "/whatsapp", partnerInitiated("Shop Ltd"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(created.json().path("isEmbeddedSignup").asBoolean()).isFalse();
		sandbox.advance(Duration.ofSeconds(30));
		assertThat(client.get(project, "/whatsapp").json().path("changes").path("status").asString())
			.isEqualTo("PENDING_FACEBOOK_VERIFICATION");
		sandbox.advance(Duration.ofSeconds(30));

		JsonNode onboarded = client.get(project, "/whatsapp").json();
		assertThat(onboarded.path("state").asString()).isEqualTo("ONBOARDED");
		assertThat(onboarded.path("wabaId").asString()).matches("\\d+");
		assertThat(onboarded.has("changes")).isFalse();
		assertThat(client.post(project, "/whatsapp", partnerInitiated("Again")).errorCode()).isEqualTo("account_exists");
	}

	@Test
	void onlyARejectedAccountCanBeUpdated() {
		SandboxProject project = sandbox.addProject("New");
		client.post(project, "/whatsapp", partnerInitiated("Reject me"));
		assertThat(client.patch(project, "/whatsapp", "{\"wabaName\": \"Shop\"}").errorCode())
			.isEqualTo("account_not_updatable");
		sandbox.advance(Duration.ofMinutes(1));
		assertThat(client.get(project, "/whatsapp").json().path("state").asString()).isEqualTo("REJECTED");

		Reply updated = client.patch(project, "/whatsapp", "{\"wabaName\": \"Shop Ltd\"}");
		sandbox.advance(Duration.ofMinutes(1));

		assertThat(updated.json().path("changes").path("status").asString()).isEqualTo("IN_PROGRESS");
		assertThat(client.get(project, "/whatsapp").json().path("state").asString()).isEqualTo("ONBOARDED");
	}

	@Test
	void anAccountWithSendersCannotBeDeleted() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");
		String senderId = activeSender(project, "1000001");

		Reply refused = client.delete(project, "/whatsapp");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.errorCode()).isEqualTo("account_has_senders");
		assertThat(refused.json().path("additionalInformation").path("senderIds").toString()).contains(senderId);
		assertThat(client.delete(sandbox.addOnboardedProject("Empty"), "/whatsapp").status()).isEqualTo(204);
	}

	@Test
	void accountCommentsAndActivities() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");

		assertThat(client.post(project, "/whatsapp/comments", "{\"comment\": \"Hi\"}").status()).isEqualTo(201);
		assertThat(client.get(project, "/whatsapp/activities").json().path("notifications").get(0).path("type").asString())
			.isEqualTo("COMMENT_ADDED");
	}

	@Test
	void listsGetsAndAssignsSolutions() {
		SandboxProject project = sandbox.addProject("New");

		JsonNode solutions = client.get(project, "/whatsapp/solutions").json();
		Reply assigned = client.post(project, "/whatsapp/solutions/" + AccountApi.SOLUTION_ID + "/assign", null);
		JsonNode solution = client.get(project, "/whatsapp/solutions/" + AccountApi.SOLUTION_ID).json();

		assertThat(solutions.path("solutions").get(0).path("partnerApp").path("id").asLong())
			.isEqualTo(AccountApi.PARTNER_APP_ID);
		assertThat(assigned.status()).isEqualTo(204);
		assertThat(solution.path("assigned").asBoolean()).isTrue();
		assertThat(client.get(project, "/whatsapp/solutions/42").errorCode()).isEqualTo("solution_not_found");
	}

	@Test
	void anOnboardedProjectCannotReassignItsSolution() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");

		Reply reply = client.post(project, "/whatsapp/solutions/" + AccountApi.SOLUTION_ID + "/assign", null);

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.errorCode()).isEqualTo("solution_cannot_be_reassigned");
	}

	@Test
	void createsASolution() {
		SandboxProject project = sandbox.addProject("New");

		Reply created = client.post(project, "/whatsapp/solutions", """
				{"details": {"name": "Mine"}, "accessToken": "EAAB", "businessManager": "SINCH_UK"}
				""");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().path("solutions").get(0).path("details").path("name").asString()).isEqualTo("Mine");
		assertThat(created.json().path("failedSolutions").isArray()).isTrue();
	}

}
