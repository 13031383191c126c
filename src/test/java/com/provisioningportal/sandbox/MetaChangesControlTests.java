package com.provisioningportal.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;

import com.provisioningportal.sandbox.SandboxClient.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What Meta changes later can be applied from the control page's form as well as over HTTP as JSON. */
class MetaChangesControlTests extends SandboxTestSupport {

	@Test
	void theControlPageFormAppliesAChangeMetaMakesAndComesBackToThePage() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");

		Reply form = SandboxClient.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/meta-changes"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("projectId=" + project.id()
					+ "&change=DAILY_LIMIT&value=TIER_10K&senderId=&name=&language=")));

		assertThat(form.status()).isEqualTo(303);
		assertThat(form.header("Location")).isEqualTo("/_sandbox");
		assertThat(client.get(project, "/whatsapp").json().path("businessDailyLimit").asString()).isEqualTo("TIER_10K");
		assertThat(client.call("GET", "/_sandbox", null, null).body()).contains("action=\"/_sandbox/meta-changes\"");
	}

	@Test
	void aChangeMetaDoesNotMakeIsRefusedWithWhatToGive() {
		SandboxProject project = sandbox.addOnboardedProject("Shop");

		Reply refused = client.call("POST", "/_sandbox/meta-changes", null,
				"{\"projectId\": \"" + project.id() + "\", \"change\": \"WEATHER\", \"value\": \"SUNNY\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("resolution").asString()).contains("DAILY_LIMIT");
	}

}
