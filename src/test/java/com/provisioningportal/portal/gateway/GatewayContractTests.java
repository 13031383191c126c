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

import com.provisioningportal.portal.gateway.rcs.NewRcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsBrand;
import com.provisioningportal.portal.gateway.rcs.RcsQuestionnaire;
import com.provisioningportal.portal.gateway.rcs.RcsSender;
import com.provisioningportal.portal.gateway.rcs.RcsSenderFilter;
import com.provisioningportal.portal.gateway.rcs.RcsSenderUpdate;
import com.provisioningportal.portal.gateway.rcs.RcsSenders;
import com.provisioningportal.portal.gateway.sms.Bundle;
import com.provisioningportal.portal.gateway.sms.BundleFilter;
import com.provisioningportal.portal.gateway.sms.Bundles;
import com.provisioningportal.portal.gateway.sms.NewBundle;
import com.provisioningportal.portal.gateway.sms.NewSmsApp;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.gateway.sms.SmsApps;
import com.provisioningportal.portal.gateway.webhooks.NewWebhook;
import com.provisioningportal.portal.gateway.webhooks.ProvisioningWebhooks;
import com.provisioningportal.portal.gateway.webhooks.Webhook;
import com.provisioningportal.portal.gateway.webhooks.WebhookUpdate;
import com.provisioningportal.portal.gateway.whatsapp.EmbeddedSignupSender;
import com.provisioningportal.portal.gateway.whatsapp.NewWhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderFilter;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderUpdate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSolution;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplateFilter;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplateUpdate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;
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
			new Operation("GET", "/rcs/senders", 200, PublishedSchemas.RCS_SENDERS),
			new Operation("POST", "/rcs/senders", 201, PublishedSchemas.RCS_SENDER),
			new Operation("GET", "/rcs/senders/{senderId}", 200, PublishedSchemas.RCS_SENDER),
			new Operation("PATCH", "/rcs/senders/{senderId}", 200, PublishedSchemas.RCS_SENDER),
			new Operation("POST", "/rcs/senders/{senderId}/launch", 200, PublishedSchemas.RCS_SENDER),
			new Operation("POST", "/rcs/senders/{senderId}/testNumbers", 200, PublishedSchemas.RCS_TEST_NUMBERS),
			new Operation("GET", "/rcs/senders/{senderId}/testNumbers/{testNumber}", 200, PublishedSchemas.RCS_TEST_NUMBER),
			new Operation("DELETE", "/rcs/senders/{senderId}/testNumbers/{testNumber}", 204, null),
			new Operation("GET", "/rcs/senders/{senderId}/testNumbers/{testNumber}/retry", 200,
					PublishedSchemas.RCS_TEST_NUMBER),
			new Operation("GET", "/rcs/senders/{senderId}/activities", 200, PublishedSchemas.ACTIVITIES),
			new Operation("POST", "/rcs/senders/{senderId}/comments", 201, PublishedSchemas.COMMENT),
			new Operation("GET", "/rcs/questionnaire/{useCase}", 200, PublishedSchemas.RCS_QUESTIONS),
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

	@Autowired
	SinchAccess sinchAccess;

	@Autowired
	WhatsAppSenders portalSenders;

	@Autowired
	WhatsAppAccounts portalAccounts;

	@Autowired
	WhatsAppTemplates portalTemplates;

	@Autowired
	RcsSenders portalRcsSenders;

	@Autowired
	ProvisioningWebhooks portalWebhooks;

	@Autowired
	Bundles portalBundles;

	@Autowired
	SmsApps portalSmsApps;

	@Autowired
	ApplicationContext context;

	private final SinchSandbox sandbox = TestSandbox.get();

	private final SandboxClient sinch = new SandboxClient(sandbox);

	@Test
	void everyOperationTheGatewayCallsHoldsToSinchsPublishedContract() {
		WhatsAppSenders senders = Mockito.spy(portalSenders);
		WhatsAppAccounts accounts = Mockito.spy(portalAccounts);
		WhatsAppTemplates templates = Mockito.spy(portalTemplates);
		ProvisioningWebhooks webhooks = Mockito.spy(portalWebhooks);
		Bundles bundles = Mockito.spy(portalBundles);
		SmsApps smsApps = Mockito.spy(portalSmsApps);
		RcsSenders rcsSenders = Mockito.spy(portalRcsSenders);
		List<Object> clients = List.of(senders, accounts, templates, webhooks, bundles, smsApps, rcsSenders);
		SandboxProject onboarded = register(sandbox.addOnboardedProject("Contract " + UUID.randomUUID()));
		SandboxProject fresh = register(sandbox.addProject("Contract fresh " + UUID.randomUUID()));
		int before = sandbox.requests().size();

		sinchAccess.checkCredentials(new SinchCredentials(fresh.id(), fresh.keyId(), fresh.keySecret(), AuthMode.OAUTH2));
		walkWhatsAppSenders(senders, onboarded);
		walkAccountAndSolutions(accounts, onboarded, fresh);
		walkTemplates(templates, onboarded.id());
		walkWebhooksBundlesAndSmsApps(webhooks, bundles, smsApps, onboarded.id());
		walkRcsSenders(rcsSenders, fresh.id());

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
		for (Object client : clients) {
			Class<?> type = Mockito.mockingDetails(client).getMockCreationSettings().getTypeToMock();
			assertThat(invokedMethods(client)).as("every public operation of %s was called", type.getSimpleName())
				.containsAll(publicOperations(type));
		}
	}

	private void walkWhatsAppSenders(WhatsAppSenders senders, SandboxProject project) {
		String wabaId = sandbox.resources(project.id()).path("account").path("wabaId").asString();
		WhatsAppSender sender = senders.createSender(project.id(),
				new EmbeddedSignupSender(wabaId, "7" + System.nanoTime() % 100_000_000L, "EU", "DE", null, null));
		sandbox.advance(Duration.ofMinutes(2));
		senders.listSenders(project.id(), WhatsAppSenderFilter.states("ACTIVE"), PageRequest.first(10));
		assertThat(senders.allSenders(project.id(), WhatsAppSenderFilter.none())).extracting(WhatsAppSender::id).contains(sender.id());
		senders.updateSender(project.id(), sender.id(),
				new WhatsAppSenderUpdate(false, Map.of("description", Change.to("Fresh bread daily"), "email", Change.clear())));
		senders.getSender(project.id(), sender.id());
		senders.discardSenderChanges(project.id(), sender.id());
		senders.addSenderComment(project.id(), sender.id(), "Checked by the onboarding team");
		senders.senderActivities(project.id(), sender.id(), PageRequest.first(10));
		senders.deleteSender(project.id(), sender.id());

		String pending = sinch.post(project, "/whatsapp/senders", """
				{"phoneNumberProvider": "CUSTOMER", "details": {"displayName": "Shop", "vertical": "RESTAURANT",
				 "countryCode": "48", "phoneNumber": "6%08d"}}""".formatted(System.nanoTime() % 100_000_000L))
			.json()
			.path("id")
			.asString();
		sandbox.advance(Duration.ofMinutes(2));
		senders.registerSender(project.id(), pending, "SMS");
		senders.verifySender(project.id(), pending, "123456");
	}

	private void walkRcsSenders(RcsSenders senders, String projectId) {
		RcsBrand brand = new RcsBrand("Contract shop", "Bread", "#aa5500", "https://shop.example.com/logo.png",
				"https://shop.example.com/banner.png", "https://shop.example.com/privacy", "https://shop.example.com/terms",
				List.of(new RcsBrand.Email("Support", "help@shop.example.com")), null, null);
		RcsQuestionnaire questionnaire = new RcsQuestionnaire(
				new RcsQuestionnaire.General("In the shop", "Orders", "Order updates", "Reply STOP",
						List.of("https://shop.example.com/demo.mp4")),
				new RcsQuestionnaire.Verification("Ann Smith", "ann@shop.example.com", "Owner", "https://shop.example.com"),
				null);
		RcsSender sender = senders.createSender(projectId, new NewRcsSender("EU", "CONVERSATIONAL", "TRANSACTIONAL",
				new RcsSender.Details(brand, null, List.of("+48600100300"), List.of("PL"), null)));
		senders.updateSender(projectId, sender.id(), RcsSenderUpdate.questionnaire(questionnaire));
		senders.launchQuestions(projectId, "TRANSACTIONAL", List.of("PL"));
		senders.addTestNumbers(projectId, sender.id(), List.of("+48600100400"));
		senders.getTestNumber(projectId, sender.id(), "+48600100400");
		senders.retryTestNumber(projectId, sender.id(), "+48600100400");
		senders.deleteTestNumber(projectId, sender.id(), "+48600100400");
		sandbox.advance(Duration.ofMinutes(2));
		senders.launchSender(projectId, sender.id());
		senders.listSenders(projectId, RcsSenderFilter.states("PREPARING_LAUNCH"), PageRequest.first(10));
		assertThat(senders.allSenders(projectId, RcsSenderFilter.none())).extracting(RcsSender::id).contains(sender.id());
		senders.getSender(projectId, sender.id());
		senders.addSenderComment(projectId, sender.id(), "Launch requested for the customer");
		senders.senderActivities(projectId, sender.id(), PageRequest.first(10));
	}

	private void walkAccountAndSolutions(WhatsAppAccounts accounts, SandboxProject onboarded, SandboxProject fresh) {
		accounts.getAccount(onboarded.id());
		accounts.addAccountComment(onboarded.id(), "Customer confirmed the business name");
		accounts.accountActivities(onboarded.id(), PageRequest.first(10));
		List<WhatsAppSolution> solutions = accounts.listSolutions(fresh.id());
		accounts.getSolution(fresh.id(), solutions.get(0).id());
		accounts.assignSolution(fresh.id(), solutions.get(0).id());
	}

	private void walkTemplates(WhatsAppTemplates templates, String projectId) {
		String name = "contract_" + Long.toString(System.nanoTime(), 36);
		List<Map<String, Object>> components = List.of(
				Map.of("type", "HEADER", "format", "TEXT", "text", "Order {{1}}", "example", "A-1001"),
				Map.of("type", "BODY", "text", "Hello {{1}}, your order is ready.", "examples", List.of("Ann")),
				Map.of("type", "BUTTONS", "buttons", List.of(Map.of("type", "URL", "text", "Track",
						"url", "https://shop.example.com/track/{{1}}", "example", "https://shop.example.com/track/A-1001"))));
		templates.createTemplate(projectId, new NewWhatsAppTemplate(name, "EN", "UTILITY", false, null, null,
				new WhatsAppTemplate.Details(components, null, null)));
		List<Map<String, Object>> withImage = List.of(
				Map.of("type", "HEADER", "format", "IMAGE", "example", Map.of("url", "https://shop.example.com/logo.png")),
				Map.of("type", "BODY", "text", "Hello {{1}}, your order is ready.", "examples", List.of("Ann")));
		templates.updateTemplate(projectId, name, "EN",
				new WhatsAppTemplateUpdate(null, null, null, null, withImage, null, Change.keep()));
		templates.getTemplate(projectId, name, "EN");
		templates.listTemplates(projectId, WhatsAppTemplateFilter.none(), PageRequest.first(10));
		templates.listTemplateLanguages(projectId, name, PageRequest.first(10));
		templates.addTemplateComment(projectId, name, "EN", "Please review soon");
		templates.templateActivities(projectId, name, "EN", PageRequest.first(10));
		templates.deleteTemplate(projectId, name, "EN", false);

		String submitted = name + "_live";
		templates.createTemplate(projectId, new NewWhatsAppTemplate(submitted, "EN", "UTILITY", true, null, null,
				new WhatsAppTemplate.Details(components, null, null)));
		templates.deleteTemplateAllLanguages(projectId, submitted);
	}

	private void walkWebhooksBundlesAndSmsApps(ProvisioningWebhooks webhooks, Bundles bundles,
			SmsApps smsApps, String projectId) {
		Webhook webhook = webhooks.createWebhook(projectId,
				new NewWebhook("https://hooks.example.com/contract", "a-secret-of-some-length", List.of("ALL")));
		webhooks.getWebhook(projectId, webhook.id());
		webhooks.updateWebhook(projectId, webhook.id(), new WebhookUpdate(null, null, List.of("BUNDLE_DONE")));
		webhooks.listWebhooks(projectId, PageRequest.first(10));
		webhooks.deleteWebhook(projectId, webhook.id());

		Bundle bundle = bundles.createBundle(projectId, new NewBundle("Chat", "EU", true, true, true,
				List.of(new NewWebhook("https://hooks.example.com/bundles", "another-secret-of-length", List.of("BUNDLE_DONE")))));
		sandbox.advance(Duration.ofMinutes(2));
		bundles.getBundle(projectId, bundle.id());
		bundles.listBundles(projectId, PageRequest.first(10));
		bundles.listBundles(projectId, BundleFilter.states("DONE"), PageRequest.first(10));

		SmsApp smsApp = smsApps.createSmsApp(projectId, new NewSmsApp("Alerts", "EU", null, null));
		sandbox.advance(Duration.ofMinutes(2));
		smsApps.getSmsApp(projectId, smsApp.id());
		smsApps.renameSmsApp(projectId, smsApp.id(), "Alerts EU");
		smsApps.listSmsApps(projectId, PageRequest.first(10));
		smsApps.deleteSmsApp(projectId, smsApp.id());
	}

	private SandboxProject register(SandboxProject project) {
		return ProjectFixtures.register(context, project, "contract-callback-secret");
	}

	private static Set<String> invokedMethods(Object spy) {
		return Mockito.mockingDetails(spy)
			.getInvocations()
			.stream()
			.map(Invocation::getMethod)
			.map(Method::getName)
			.collect(Collectors.toSet());
	}

	private static Set<String> publicOperations(Class<?> client) {
		return Arrays.stream(client.getDeclaredMethods())
			.filter(method -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)
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
