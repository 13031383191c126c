package com.provisioningportal.portal.gateway;

import java.util.List;
import java.util.UUID;

import com.provisioningportal.portal.gateway.webhooks.NewWebhook;
import com.provisioningportal.portal.gateway.webhooks.ProvisioningWebhooks;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.gateway.webhooks.WebhookUpdate;
import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The gateway's webhook operations against the sandbox: Sinch's paths, status codes, paging and error codes. */
@PortalTest
class GatewayWebhooksAtSandboxTests {

	@Autowired
	ProvisioningWebhooks webhooks;

	@Autowired
	ApplicationContext context;

	String projectId;

	@BeforeEach
	void project() {
		SandboxProject project = ProjectFixtures.register(context,
				TestSandbox.get().addProject("Gateway webhooks " + UUID.randomUUID()), "gateway-webhooks-secret");
		projectId = project.id();
	}

	@Test
	void createsReadsPatchesAndDeletesAWebhookWhoseSecretNeverComesBack() {
		Webhook created = webhooks.createWebhook(projectId,
				new NewWebhook("https://hooks.example.com/a", "a-secret-of-some-length", List.of("BUNDLE_DONE")));

		assertThat(created.id()).matches("[0-9a-f]{32}");
		assertThat(created.projectId()).isEqualTo(projectId);
		assertThat(webhooks.getWebhook(projectId, created.id())).isEqualTo(created);
		assertThat(TestSandbox.get().requests()).filteredOn(request -> request.path().endsWith("/webhooks/" + created.id()))
			.isNotEmpty();

		Webhook patched = webhooks.updateWebhook(projectId, created.id(), new WebhookUpdate(null, null, List.of("ALL")));
		assertThat(patched.target()).isEqualTo("https://hooks.example.com/a");
		assertThat(patched.triggers()).containsExactly("ALL");
		assertThat(TestSandbox.get().requests()).filteredOn(request -> "PATCH".equals(request.method())
				&& request.path().endsWith("/webhooks/" + created.id()))
			.singleElement()
			.satisfies(request -> assertThat(request.body()).isEqualTo("{\"triggers\":[\"ALL\"]}"));

		webhooks.deleteWebhook(projectId, created.id());
		assertThatThrownBy(() -> webhooks.getWebhook(projectId, created.id())).isInstanceOfSatisfying(SinchApiException.class,
				refused -> {
					assertThat(refused.status()).isEqualTo(404);
					assertThat(refused.errorCode()).isEqualTo("webhook_not_found");
				});
	}

	@Test
	void followsSinchsPageTokensThroughTheWholeList() {
		for (String name : List.of("e", "c", "a", "d", "b")) {
			webhooks.createWebhook(projectId, new NewWebhook("https://hooks.example.com/" + name, "secret-" + name, List.of("ALL")));
		}
		int requestsBefore = listRequests();

		List<String> targets = Pages.all(PageRequest.first(2), page -> webhooks.listWebhooks(projectId, page))
			.map(Webhook::target)
			.toList();

		assertThat(targets).containsExactly("https://hooks.example.com/a", "https://hooks.example.com/b",
				"https://hooks.example.com/c", "https://hooks.example.com/d", "https://hooks.example.com/e");
		assertThat(listRequests() - requestsBefore).isEqualTo(3);
		assertThat(webhooks.listWebhooks(projectId, PageRequest.first()).items()).as("no page size: every webhook at once")
			.hasSize(5);
	}

	@Test
	void sinchsUniquenessLimitAndIdErrorsArriveWithTheirCodes() {
		webhooks.createWebhook(projectId, new NewWebhook("https://hooks.example.com/0", "secret-0", List.of("ALL")));

		assertThatThrownBy(() -> webhooks.createWebhook(projectId,
				new NewWebhook("https://hooks.example.com/0", "secret-again", List.of("ALL"))))
			.isInstanceOfSatisfying(SinchApiException.class, refused -> {
				assertThat(refused.status()).isEqualTo(409);
				assertThat(refused.errorCode()).isEqualTo("webhook_exists");
				assertThat(refused.resolution()).isNotBlank();
				assertThat(refused.getMessage()).doesNotContain("secret-again");
			});
		for (int webhook = 1; webhook < 15; webhook++) {
			webhooks.createWebhook(projectId, new NewWebhook("https://hooks.example.com/" + webhook, "secret", List.of("ALL")));
		}
		assertThatThrownBy(() -> webhooks.createWebhook(projectId,
				new NewWebhook("https://hooks.example.com/16", "secret", List.of("ALL"))))
			.isInstanceOfSatisfying(SinchApiException.class, refused -> {
				assertThat(refused.status()).isEqualTo(424);
				assertThat(refused.errorCode()).isEqualTo("webhook_limit_reached");
			});
		assertThatThrownBy(() -> webhooks.getWebhook(projectId, "not-an-id")).isInstanceOfSatisfying(SinchApiException.class,
				refused -> assertThat(refused.errorCode()).isEqualTo("invalid_id_format"));
	}

	@Test
	void aTargetThatIsNotAUrlIsSinchsInvalidInputWithItsValidationErrors() {
		assertThatThrownBy(() -> webhooks.createWebhook(projectId, new NewWebhook("not a url", "secret", List.of("ALL"))))
			.isInstanceOfSatisfying(SinchApiException.class, refused -> {
				assertThat(refused.errorCode()).isEqualTo("invalid_input");
				assertThat(refused.additionalInformation().get("validationErrors")).asString()
					.contains("target must be a URL address");
			});
	}

	private int listRequests() {
		return (int) TestSandbox.get().requests().stream()
			.filter(request -> "GET".equals(request.method()) && request.path().endsWith(projectId + "/webhooks"))
			.count();
	}

}
