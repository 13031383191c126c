package com.provisioningportal.portal.gateway;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.provisioningportal.portal.projects.ProjectFixtures;
import com.provisioningportal.sandbox.Json;
import com.provisioningportal.sandbox.PublishedSchemas;
import com.provisioningportal.sandbox.PublishedSchemas.Schema;
import com.provisioningportal.sandbox.RecordedRequest;
import com.provisioningportal.sandbox.SandboxClient;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.sandbox.SinchSandbox;
import com.provisioningportal.testsupport.PortalTest;
import com.provisioningportal.testsupport.TestSandbox;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of every operation the gateway calls: each request it builds is accepted by the strict sandbox
 * (which refuses any field, type or value outside the operation's published request schema), is one of Sinch's
 * published operations with its published status, and each answer holds the published response schema.
 */
@PortalTest
class GatewayContractTests {

	/** The published operations the portal uses: method, path, the status Sinch answers, and the answer's schema. */
	private static final List<Operation> PUBLISHED = List.of(
			new Operation("GET", "/whatsapp/senders", 200, PublishedSchemas.SENDERS),
			new Operation("POST", "/whatsapp/senders", 201, PublishedSchemas.SENDER),
			new Operation("GET", "/whatsapp/senders/{senderId}", 200, PublishedSchemas.SENDER),
			new Operation("PATCH", "/whatsapp/senders/{senderId}", 200, PublishedSchemas.SENDER),
			new Operation("DELETE", "/whatsapp/senders/{senderId}", 204, null),
			new Operation("DELETE", "/whatsapp/senders/{senderId}/changes", 204, null),
			new Operation("POST", "/whatsapp/senders/{senderId}/register", 200, PublishedSchemas.SENDER_REGISTRATION),
			new Operation("POST", "/whatsapp/senders/{senderId}/verify", 204, null),
			new Operation("GET", "/whatsapp/senders/{senderId}/activities", 200, PublishedSchemas.ACTIVITIES),
			new Operation("POST", "/whatsapp/senders/{senderId}/comments", 201, PublishedSchemas.COMMENT),
			new Operation("GET", "/whatsapp", 200, PublishedSchemas.ACCOUNT),
			new Operation("GET", "/whatsapp/activities", 200, PublishedSchemas.ACTIVITIES),
			new Operation("POST", "/whatsapp/comments", 201, PublishedSchemas.COMMENT),
			new Operation("GET", "/whatsapp/solutions", 200, PublishedSchemas.SOLUTIONS),
			new Operation("GET", "/whatsapp/solutions/{solutionId}", 200, PublishedSchemas.SOLUTION),
			new Operation("POST", "/whatsapp/solutions/{solutionId}/assign", 204, null),
			new Operation("GET", "/whatsapp/templates", 200, PublishedSchemas.TEMPLATES),
			new Operation("POST", "/whatsapp/templates", 201, PublishedSchemas.TEMPLATE),
			new Operation("GET", "/whatsapp/templates/{templateName}", 200, PublishedSchemas.TEMPLATES),
			new Operation("DELETE", "/whatsapp/templates/{templateName}", 204, null),
			new Operation("GET", "/whatsapp/templates/{templateName}/languages/{languageCode}", 200, PublishedSchemas.TEMPLATE),
			new Operation("PATCH", "/whatsapp/templates/{templateName}/languages/{languageCode}", 200, PublishedSchemas.TEMPLATE),
			new Operation("DELETE", "/whatsapp/templates/{templateName}/languages/{languageCode}", 204, null),
			new Operation("GET", "/whatsapp/templates/{templateName}/languages/{languageCode}/activities", 200,
					PublishedSchemas.ACTIVITIES),
			new Operation("POST", "/whatsapp/templates/{templateName}/languages/{languageCode}/comments", 201,
					PublishedSchemas.COMMENT),
			new Operation("GET", "/webhooks", 200, PublishedSchemas.WEBHOOKS),
			new Operation("POST", "/webhooks", 201, PublishedSchemas.WEBHOOK),
			new Operation("GET", "/webhooks/{webhookId}", 200, PublishedSchemas.WEBHOOK),
			new Operation("PATCH", "/webhooks/{webhookId}", 200, PublishedSchemas.WEBHOOK),
			new Operation("DELETE", "/webhooks/{webhookId}", 204, null),
			new Operation("GET", "/bundles", 200, PublishedSchemas.BUNDLES),
			new Operation("POST", "/bundles", 201, PublishedSchemas.BUNDLE),
			new Operation("GET", "/bundles/{bundleId}", 200, PublishedSchemas.BUNDLE),
			new Operation("GET", "/sms/smsApps", 200, PublishedSchemas.SMS_APPS),
			new Operation("POST", "/sms/smsApps", 201, PublishedSchemas.SMS_APP),
			new Operation("GET", "/sms/smsApps/{smsAppId}", 200, PublishedSchemas.SMS_APP),
			new Operation("PATCH", "/sms/smsApps/{smsAppId}", 200, PublishedSchemas.SMS_APP),
			new Operation("DELETE", "/sms/smsApps/{smsAppId}", 204, null));

	/** Public methods that send nothing to Sinch. */
	private static final Set<String> LOCAL_ONLY = Set.of("forget");

	@Autowired
	ProvisioningGateway portalGateway;

	@Autowired
	ApplicationContext context;

	private final SinchSandbox sandbox = TestSandbox.get();

	private final SandboxClient sinch = new SandboxClient(sandbox);

	@Test
	void everyOperationTheGatewayCallsHoldsToSinchsPublishedContract() {
		ProvisioningGateway gateway = Mockito.spy(portalGateway);
		SandboxProject onboarded = register(sandbox.addOnboardedProject("Contract " + UUID.randomUUID()));
		SandboxProject fresh = register(sandbox.addProject("Contract fresh " + UUID.randomUUID()));
		int before = sandbox.requests().size();

		gateway.checkCredentials(new SinchCredentials(fresh.id(), fresh.keyId(), fresh.keySecret(), AuthMode.OAUTH2));
		walkWhatsAppSenders(gateway, onboarded);
		walkAccountAndSolutions(gateway, onboarded, fresh);
		walkTemplates(gateway, onboarded.id());
		walkWebhooksBundlesAndSmsApps(gateway, onboarded.id());

		List<RecordedRequest> sent = sandbox.requests()
			.subList(before, sandbox.requests().size())
			.stream()
			.filter(request -> String.valueOf(request.header("Authorization")).startsWith("Bearer"))
			.filter(request -> request.path().contains(onboarded.id()) || request.path().contains(fresh.id()))
			.toList();
		assertThat(sent).allSatisfy(request -> {
			Operation operation = Operation.of(request).orElseThrow(() -> new AssertionError(
					"not a published operation: " + request.method() + " " + request.path()));
			assertThat(request.status()).as("%s %s answered %s", request.method(), request.path(), request.answer())
				.isEqualTo(operation.status());
			if (operation.answer() != null) {
				assertThat(operation.answer().missingFrom(Json.read(request.answer())))
					.as("%s %s: required by %s", request.method(), request.path(), operation.answer().name())
					.isEmpty();
			}
		});
		assertThat(sent.stream().map(request -> Operation.of(request).orElseThrow()).distinct())
			.as("every published operation the portal uses was called")
			.containsExactlyInAnyOrderElementsOf(PUBLISHED);
		assertThat(invokedMethods(gateway)).as("every public operation of the gateway was called")
			.containsAll(publicOperations());
	}

	private void walkWhatsAppSenders(ProvisioningGateway gateway, SandboxProject project) {
		String wabaId = sandbox.resources(project.id()).path("account").path("wabaId").asString();
		Sender sender = gateway.createSender(project.id(),
				new EmbeddedSignupSender(wabaId, "7" + System.nanoTime() % 100_000_000L, "EU", "DE", null, null));
		sandbox.advance(Duration.ofMinutes(2));
		gateway.listSenders(project.id(), SenderFilter.states("ACTIVE"), PageRequest.first(10));
		assertThat(gateway.allSenders(project.id(), SenderFilter.none())).extracting(Sender::id).contains(sender.id());
		gateway.updateSender(project.id(), sender.id(),
				new SenderUpdate(false, Map.of("description", Change.to("Fresh bread daily"), "email", Change.clear())));
		gateway.getSender(project.id(), sender.id());
		gateway.discardSenderChanges(project.id(), sender.id());
		gateway.addSenderComment(project.id(), sender.id(), "Checked by the onboarding team");
		gateway.senderActivities(project.id(), sender.id(), PageRequest.first(10));
		gateway.deleteSender(project.id(), sender.id());

		String pending = sinch.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "6%08d"}}""".formatted(System.nanoTime() % 100_000_000L))
			.json()
			.path("id")
			.asString();
		sandbox.advance(Duration.ofMinutes(2));
		gateway.registerSender(project.id(), pending, "SMS");
		gateway.verifySender(project.id(), pending, "123456");
	}

	private void walkAccountAndSolutions(ProvisioningGateway gateway, SandboxProject onboarded, SandboxProject fresh) {
		gateway.getAccount(onboarded.id());
		gateway.addAccountComment(onboarded.id(), "Customer confirmed the business name");
		gateway.accountActivities(onboarded.id(), PageRequest.first(10));
		List<Solution> solutions = gateway.listSolutions(fresh.id());
		gateway.getSolution(fresh.id(), solutions.get(0).id());
		gateway.assignSolution(fresh.id(), solutions.get(0).id());
	}

	private void walkTemplates(ProvisioningGateway gateway, String projectId) {
		String name = "contract_" + Long.toString(System.nanoTime(), 36);
		List<Map<String, Object>> components = List.of(
				Map.of("type", "HEADER", "format", "TEXT", "text", "Order {{1}}", "example", "A-1001"),
				Map.of("type", "BODY", "text", "Hello {{1}}, your order is ready.", "examples", List.of("Ann")),
				Map.of("type", "BUTTONS", "buttons", List.of(Map.of("type", "URL", "text", "Track",
						"url", "https://shop.example.com/track/{{1}}", "example", "https://shop.example.com/track/A-1001"))));
		gateway.createTemplate(projectId, new NewTemplate(name, "EN", "UTILITY", false, null, null,
				new Template.Details(components, null, null)));
		List<Map<String, Object>> withImage = List.of(
				Map.of("type", "HEADER", "format", "IMAGE", "example", Map.of("url", "https://shop.example.com/logo.png")),
				Map.of("type", "BODY", "text", "Hello {{1}}, your order is ready.", "examples", List.of("Ann")));
		gateway.updateTemplate(projectId, name, "EN",
				new TemplateUpdate(null, null, null, null, withImage, null, Change.keep()));
		gateway.getTemplate(projectId, name, "EN");
		gateway.listTemplates(projectId, TemplateFilter.none(), PageRequest.first(10));
		gateway.listTemplateLanguages(projectId, name, PageRequest.first(10));
		gateway.addTemplateComment(projectId, name, "EN", "Please review soon");
		gateway.templateActivities(projectId, name, "EN", PageRequest.first(10));
		gateway.deleteTemplate(projectId, name, "EN", false);

		String submitted = name + "_live";
		gateway.createTemplate(projectId, new NewTemplate(submitted, "EN", "UTILITY", true, null, null,
				new Template.Details(components, null, null)));
		gateway.deleteTemplateAllLanguages(projectId, submitted);
	}

	private void walkWebhooksBundlesAndSmsApps(ProvisioningGateway gateway, String projectId) {
		Webhook webhook = gateway.createWebhook(projectId,
				new NewWebhook("https://hooks.example.com/contract", "a-secret-of-some-length", List.of("ALL")));
		gateway.getWebhook(projectId, webhook.id());
		gateway.updateWebhook(projectId, webhook.id(), new WebhookUpdate(null, null, List.of("BUNDLE_DONE")));
		gateway.listWebhooks(projectId, PageRequest.first(10));
		gateway.deleteWebhook(projectId, webhook.id());

		Bundle bundle = gateway.createBundle(projectId, new NewBundle("Chat", "EU", true, true, true,
				List.of(new NewWebhook("https://hooks.example.com/bundles", "another-secret-of-length", List.of("BUNDLE_DONE")))));
		sandbox.advance(Duration.ofMinutes(2));
		gateway.getBundle(projectId, bundle.id());
		gateway.listBundles(projectId, PageRequest.first(10));
		gateway.listBundles(projectId, BundleFilter.states("DONE"), PageRequest.first(10));

		SmsApp smsApp = gateway.createSmsApp(projectId, new NewSmsApp("Alerts", "EU", null, null));
		sandbox.advance(Duration.ofMinutes(2));
		gateway.getSmsApp(projectId, smsApp.id());
		gateway.renameSmsApp(projectId, smsApp.id(), "Alerts EU");
		gateway.listSmsApps(projectId, PageRequest.first(10));
		gateway.deleteSmsApp(projectId, smsApp.id());
	}

	private SandboxProject register(SandboxProject project) {
		return ProjectFixtures.register(context, project, "contract-callback-secret");
	}

	private static Set<String> invokedMethods(ProvisioningGateway spy) {
		return Mockito.mockingDetails(spy)
			.getInvocations()
			.stream()
			.map(Invocation::getMethod)
			.map(Method::getName)
			.collect(Collectors.toSet());
	}

	private static Set<String> publicOperations() {
		return Arrays.stream(ProvisioningGateway.class.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)
			.filter(name -> !LOCAL_ONLY.contains(name))
			.collect(Collectors.toSet());
	}

	/** One published operation: {@code path} is relative to {@code /v1/projects/{projectId}}. */
	record Operation(String method, String path, int status, Schema answer) {

		static Optional<Operation> of(RecordedRequest request) {
			return PUBLISHED.stream()
				.filter(operation -> operation.method().equals(request.method())
						&& operation.pattern().matcher(request.path()).matches())
				.findFirst();
		}

		private Pattern pattern() {
			return Pattern.compile("/v1/projects/[^/]+" + path.replaceAll("\\{[^}]+}", "[^/]+"));
		}

	}

}
