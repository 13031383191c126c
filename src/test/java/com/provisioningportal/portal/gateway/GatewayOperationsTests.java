package com.provisioningportal.portal.gateway;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
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
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccount;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppAccounts;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppActivity;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSender;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderFilter;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderRegistration;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenderUpdate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSenders;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppSolution;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplateFilter;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplateUpdate;
import com.provisioningportal.portal.gateway.whatsapp.WhatsAppTemplates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.provisioningportal.portal.gateway.GatewayFixture.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/** Each operation's method, path, query, headers and body, and how the answer is read (HTTP Basic mode). */
class GatewayOperationsTests {

	private static final String BASE = "/v1/projects/" + PROJECT;

	private static final String SENDER_ID = "cf11794a-6a5e-4a12-b103-da79bd378bf1";

	private static final String SENDER_JSON = """
			{"id":"cf11794a-6a5e-4a12-b103-da79bd378bf1","state":"SOMETHING_NEW","details":{"displayName":"Shop",
			"vertical":"RETAIL_OF_THE_FUTURE"},"metadata":{"displayName":{"value":"Shop","status":"PENDING"}},
			"region":"EU","metaLocalStorage":"DE","qualityRating":"UNRECOGNIZED","bearerToken":"sender-bearer-secret",
			"cloudApi":true,"created":"2023-01-19T13:11:08.204Z","countryCode":"48","phoneNumber":"777777777",
			"businessManager":"SINCH_UK","compatibleRegions":["eu","us"],"someFieldSinchAddsLater":{"x":1}}""";

	private final GatewayFixture fixture = new GatewayFixture(AuthMode.BASIC);

	private final WhatsAppSenders senders = fixture.senders;

	private final WhatsAppAccounts accounts = fixture.accounts;

	private final WhatsAppTemplates templates = fixture.templates;

	private final ProvisioningWebhooks webhooks = fixture.webhooks;

	private final Bundles bundles = fixture.bundles;

	private final SmsApps smsApps = fixture.smsApps;

	@AfterEach
	void stop() {
		fixture.close();
	}

	private void answer(int status, String json) {
		MappingBuilder any = any(anyUrl());
		fixture.sinch.stubFor(any.willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(json)));
	}

	private void verifySent(RequestPatternBuilder request) {
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((GatewayFixture.KEY_ID + ":" + GatewayFixture.KEY_SECRET).getBytes());
		fixture.sinch.verify(1, request.withHeader("Authorization", equalTo(basic))
			.withHeader("Accept", equalTo("application/json")));
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(1);
	}

	@Test
	void listSendersSendsRepeatedFiltersAndPagingAndReadsThePage() {
		answer(200, "{\"totalSize\":3,\"pageSize\":1,\"nextPageToken\":\"b2Zmc2V0PTE=\",\"senders\":[" + SENDER_JSON
				+ "]}");
		Page<WhatsAppSender> page = senders.listSenders(PROJECT, new WhatsAppSenderFilter(List.of("ACTIVE", "ERROR"), List.of("DRAFT")),
				new PageRequest("a+b/c=", 1));
		verifySent(getRequestedFor(urlEqualTo(BASE + "/whatsapp/senders?filterStates=ACTIVE&filterStates=ERROR"
				+ "&filterStatuses=DRAFT&pageToken=a%2Bb%2Fc%3D&pageSize=1")));
		assertThat(page.totalSize()).isEqualTo(3);
		assertThat(page.nextPageToken()).isEqualTo("b2Zmc2V0PTE=");
		WhatsAppSender sender = page.items().get(0);
		assertThat(sender.state()).isEqualTo("SOMETHING_NEW");
		assertThat(sender.qualityRating()).isEqualTo("UNRECOGNIZED");
		assertThat(sender.details().vertical()).isEqualTo("RETAIL_OF_THE_FUTURE");
		assertThat(sender.metadata().displayName().status()).isEqualTo("PENDING");
		assertThat(sender.compatibleRegions()).containsExactly("eu", "us");
		assertThat(sender.bearerToken()).isEqualTo("sender-bearer-secret");
		assertThat(sender.toString()).doesNotContain("sender-bearer-secret").contains("bearerToken=***");
	}

	@Test
	void getSender() {
		answer(200, SENDER_JSON);
		assertThat(senders.getSender(PROJECT, SENDER_ID).phoneNumber()).isEqualTo("777777777");
		verifySent(getRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID)));
	}

	@Test
	void createSenderSendsTheEmbeddedSignupBody() {
		answer(201, "{\"id\":\"" + SENDER_ID + "\",\"changes\":{\"status\":\"IN_PROGRESS\"},\"region\":\"EU\"}");
		WhatsAppSender created = senders.createSender(PROJECT,
				new EmbeddedSignupSender("1234", "5678", "EU", "DE", null, "one-time-code"));
		assertThat(created.changes().status()).isEqualTo("IN_PROGRESS");
		verifySent(postRequestedFor(urlEqualTo(BASE + "/whatsapp/senders"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{"wabaId":"1234","phoneNumberId":"5678","region":"EU","metaLocalStorage":"DE",
					"authenticationCode":"one-time-code"}""")));
	}

	@Test
	void updateSenderSendsOnlyChangedFieldsAndExplicitNullsForCleared() {
		answer(200, SENDER_JSON);
		senders.updateSender(PROJECT, SENDER_ID, new WhatsAppSenderUpdate(true,
				Map.of("about", Change.to("We sell"), "email", Change.clear())));
		List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent = fixture.sinch.findAll(
				patchRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID)));
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).getBodyAsString())
			.isEqualTo("{\"status\":\"SUBMIT\",\"details\":{\"email\":null,\"about\":\"We sell\"}}");
	}

	@Test
	void deleteSenderAndDiscardChanges() {
		answer(204, "");
		senders.deleteSender(PROJECT, SENDER_ID);
		senders.discardSenderChanges(PROJECT, SENDER_ID);
		fixture.sinch.verify(deleteRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID)));
		fixture.sinch.verify(deleteRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID + "/changes")));
	}

	@Test
	void registerAndVerify() {
		answer(200, "{\"id\":\"" + SENDER_ID
				+ "\",\"method\":\"SMS\",\"accepted\":\"2023-01-19T13:11:08.204Z\",\"verificationCodeSent\":true}");
		WhatsAppSenderRegistration registration = senders.registerSender(PROJECT, SENDER_ID, "SMS");
		assertThat(registration.verificationCodeSent()).isTrue();
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID + "/register"))
			.withRequestBody(equalToJson("{\"method\":\"SMS\"}")));
		answer(204, "");
		senders.verifySender(PROJECT, SENDER_ID, "123456");
		senders.verifySender(PROJECT, SENDER_ID, null);
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID + "/verify"))
			.withRequestBody(equalToJson("{\"code\":\"123456\"}")));
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID + "/verify"))
			.withRequestBody(equalToJson("{}")));
	}

	@Test
	void activitiesAndComments() {
		answer(200, "{\"totalSize\":1,\"pageSize\":50,\"notifications\":[{\"type\":\"COMMENT_ADDED\","
				+ "\"created\":\"2023-01-19T13:11:08.204Z\",\"author\":\"Provisioning API user\",\"comment\":\"hi\"}]}");
		Page<WhatsAppActivity> activities = senders.senderActivities(PROJECT, SENDER_ID, PageRequest.first(50));
		assertThat(activities.items()).extracting(WhatsAppActivity::comment).containsExactly("hi");
		assertThat(activities.hasNext()).isFalse();
		accounts.accountActivities(PROJECT, PageRequest.first());
		templates.templateActivities(PROJECT, "my_template", "EN_US", PageRequest.first());
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/whatsapp/senders/" + SENDER_ID
				+ "/activities?pageSize=50")));
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/whatsapp/activities")));
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE
				+ "/whatsapp/templates/my_template/languages/EN_US/activities")));

		answer(201, "{\"type\":\"CREATED\",\"comment\":\"hello\",\"created\":\"2023-01-19T13:11:08.204Z\"}");
		assertThat(senders.addSenderComment(PROJECT, SENDER_ID, "hello").type()).isEqualTo("CREATED");
		accounts.addAccountComment(PROJECT, "hello");
		templates.addTemplateComment(PROJECT, "my_template", "EN_US", "hello");
		for (String path : new String[] { "/whatsapp/senders/" + SENDER_ID + "/comments", "/whatsapp/comments",
				"/whatsapp/templates/my_template/languages/EN_US/comments" }) {
			fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + path))
				.withRequestBody(equalToJson("{\"comment\":\"hello\"}")));
		}
	}

	@Test
	void accountAndSolutions() {
		answer(200, """
				{"state":"ONBOARDED","isEmbeddedSignup":true,"businessManager":"SINCH_UK","wabaId":"111",
				"wabaMaxPriceOnboarded":false,"compatibleRegions":["eu"],"businessDailyLimit":"TIER_1K"}""");
		WhatsAppAccount account = accounts.getAccount(PROJECT);
		assertThat(account.embeddedSignup()).isTrue();
		assertThat(account.businessDailyLimit()).isEqualTo("TIER_1K");
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/whatsapp")));

		answer(200, """
				{"solutions":[{"id":"300000000000001","details":{"name":"Portal"},"partnerApp":{"id":1,"name":"P"},
				"ownerApp":{"id":2,"name":"Sinch"},"assigned":true}]}""");
		assertThat(accounts.listSolutions(PROJECT)).extracting(WhatsAppSolution::assigned).containsExactly(true);
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/whatsapp/solutions")));

		answer(204, "");
		accounts.assignSolution(PROJECT, "300000000000001");
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/whatsapp/solutions/300000000000001/assign")));
	}

	@Test
	void templates() {
		String template = """
				{"name":"my_template","language":"EN_US","category":"UTILITY","state":"APPROVED","analytics":[],
				"isMetaGenerated":false,"details":{"components":[{"type":"BODY","text":"Hi {{1}}"}]}}""";
		answer(200, "{\"totalSize\":1,\"pageSize\":50,\"templates\":[" + template + "]}");
		Page<WhatsAppTemplate> page = templates.listTemplates(PROJECT,
				new WhatsAppTemplateFilter(List.of("APPROVED"), List.of(), "my_"), PageRequest.first(50));
		assertThat(page.items().get(0).details().components().get(0)).containsEntry("type", "BODY");
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE
				+ "/whatsapp/templates?filterStates=APPROVED&templateName=my_&pageSize=50")));

		answer(200, template);
		assertThat(templates.getTemplate(PROJECT, "my_template", "EN_US").metaGenerated()).isFalse();
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/whatsapp/templates/my_template/languages/EN_US")));

		templates.createTemplate(PROJECT, new NewWhatsAppTemplate("my_template", "EN_US", "UTILITY", false, null, null,
				new WhatsAppTemplate.Details(List.of(Map.of("type", "BODY", "text", "Hi")), null, null)));
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/whatsapp/templates")).withRequestBody(equalToJson("""
				{"name":"my_template","language":"EN_US","category":"UTILITY","status":"DRAFT",
				"details":{"components":[{"type":"BODY","text":"Hi"}]}}""")));

		templates.updateTemplate(PROJECT, "my_template", "EN_US",
				new WhatsAppTemplateUpdate(true, null, null, null, null, null, Change.clear()));
		List<com.github.tomakehurst.wiremock.verification.LoggedRequest> patches = fixture.sinch
			.findAll(patchRequestedFor(urlEqualTo(BASE + "/whatsapp/templates/my_template/languages/EN_US")));
		assertThat(patches.get(0).getBodyAsString())
			.isEqualTo("{\"status\":\"SUBMIT\",\"details\":{\"optimization\":null}}");

		answer(204, "");
		templates.deleteTemplate(PROJECT, "my_template", "EN_US", true);
		fixture.sinch.verify(deleteRequestedFor(urlEqualTo(BASE
				+ "/whatsapp/templates/my_template/languages/EN_US?deleteSubmitted=true")));
		templates.deleteTemplateAllLanguages(PROJECT, "my_template");
		fixture.sinch.verify(deleteRequestedFor(urlEqualTo(BASE + "/whatsapp/templates/my_template")));
	}

	@Test
	void webhooks() {
		String webhook = "{\"id\":\"7c60ce550f1d40198d5ffb113d58591b\",\"projectId\":\"" + PROJECT
				+ "\",\"target\":\"https://portal.example/callbacks/sinch/" + PROJECT + "\",\"triggers\":[\"ALL\"]}";
		answer(200, "{\"totalSize\":1,\"pageSize\":15,\"webhooks\":[" + webhook + "]}");
		assertThat(webhooks.listWebhooks(PROJECT, PageRequest.first()).items()).extracting(Webhook::triggers)
			.containsExactly(List.of("ALL"));
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/webhooks")));

		answer(201, webhook);
		webhooks.createWebhook(PROJECT, new NewWebhook("https://portal.example/cb", "webhook-secret", List.of("ALL")));
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/webhooks")).withRequestBody(equalToJson(
				"{\"target\":\"https://portal.example/cb\",\"secret\":\"webhook-secret\",\"triggers\":[\"ALL\"]}")));

		answer(200, webhook);
		webhooks.getWebhook(PROJECT, "7c60ce550f1d40198d5ffb113d58591b");
		webhooks.updateWebhook(PROJECT, "7c60ce550f1d40198d5ffb113d58591b", new WebhookUpdate(null, "new-secret", null));
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/webhooks/7c60ce550f1d40198d5ffb113d58591b")));
		fixture.sinch.verify(patchRequestedFor(urlEqualTo(BASE + "/webhooks/7c60ce550f1d40198d5ffb113d58591b"))
			.withRequestBody(equalToJson("{\"secret\":\"new-secret\"}")));

		answer(204, "");
		webhooks.deleteWebhook(PROJECT, "7c60ce550f1d40198d5ffb113d58591b");
		fixture.sinch.verify(deleteRequestedFor(urlEqualTo(BASE + "/webhooks/7c60ce550f1d40198d5ffb113d58591b")));
	}

	@Test
	void bundles() {
		String bundle = "{\"id\":\"62a02dd40000000000000000\",\"projectId\":\"" + PROJECT
				+ "\",\"state\":\"IN_PROGRESS\",\"region\":\"EU\",\"smsApp\":{\"status\":\"PENDING_ADD\"}}";
		answer(201, bundle);
		Bundle created = bundles.createBundle(PROJECT, new NewBundle("My bundle", "EU", false, true, true,
				List.of(new NewWebhook("https://portal.example/cb", "s", List.of("BUNDLE_DONE")))));
		assertThat(created.smsApp().status()).isEqualTo("PENDING_ADD");
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/bundles")).withRequestBody(equalToJson("""
				{"name":"My bundle","region":"EU","smsApp":true,"convApp":true,
				"webhooks":[{"target":"https://portal.example/cb","secret":"s","triggers":["BUNDLE_DONE"]}]}""")));

		answer(200, bundle);
		bundles.getBundle(PROJECT, "62a02dd40000000000000000");
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/bundles/62a02dd40000000000000000")));
		answer(200, "{\"totalSize\":1,\"pageSize\":10,\"bundles\":[" + bundle + "]}");
		assertThat(bundles.listBundles(PROJECT, PageRequest.first(10)).items()).hasSize(1);
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/bundles?pageSize=10")));
	}

	@Test
	void bundlesFilteredByStateAndSmsAppWithTheConversationAppsWebhooks() {
		answer(200, """
				{"totalSize":1,"pageSize":25,"bundles":[{"id":"62a02dd40000000000000000","projectId":"%s","state":"DONE",
				 "region":"EU","convApp":{"id":"01KXD2MJSAN61CNE0CJ6VT6PXP","smsChannelStatus":"ACTIVE",
				 "webhooks":[{"id":"w1","target":"https://hooks.example.com","triggers":["MESSAGE_INBOUND"],"secret":"x"}]}}]}
				""".formatted(PROJECT));

		Bundle bundle = bundles.listBundles(PROJECT, new BundleFilter(List.of("DONE", "FAILED"), List.of("0123456789abcdef0123456789abcdef"),
				List.of()), PageRequest.first(25)).items().get(0);

		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE
				+ "/bundles?filterStates=DONE&filterStates=FAILED&filterSmsAppIds=0123456789abcdef0123456789abcdef&pageSize=25")));
		assertThat(bundle.convApp().smsChannelStatus()).isEqualTo("ACTIVE");
		assertThat(bundle.convApp().webhooks()).singleElement()
			.satisfies(webhook -> assertThat(webhook.toString()).contains("https://hooks.example.com").doesNotContain("secret"));
	}

	@Test
	void smsApps() {
		String app = "{\"id\":\"0123456789abcdef0123456789abcdef\",\"name\":\"Alerts\",\"status\":\"ACTIVE\","
				+ "\"regions\":[\"EU\"],\"test\":false}";
		answer(201, app);
		smsApps.createSmsApp(PROJECT, new NewSmsApp("Alerts", "EU", true, null));
		fixture.sinch.verify(postRequestedFor(urlEqualTo(BASE + "/sms/smsApps"))
			.withRequestBody(equalToJson("{\"name\":\"Alerts\",\"region\":\"EU\",\"convApiApp\":true}")));
		answer(200, app);
		smsApps.getSmsApp(PROJECT, "0123456789abcdef0123456789abcdef");
		smsApps.renameSmsApp(PROJECT, "0123456789abcdef0123456789abcdef", "Renamed");
		fixture.sinch.verify(getRequestedFor(urlEqualTo(BASE + "/sms/smsApps/0123456789abcdef0123456789abcdef")));
		fixture.sinch.verify(patchRequestedFor(urlEqualTo(BASE + "/sms/smsApps/0123456789abcdef0123456789abcdef"))
			.withRequestBody(equalToJson("{\"name\":\"Renamed\"}")));
		answer(200, "{\"totalSize\":1,\"pageSize\":50,\"smsApps\":[" + app + "]}");
		assertThat(smsApps.listSmsApps(PROJECT, PageRequest.first()).items()).extracting(SmsApp::name)
			.containsExactly("Alerts");
		answer(204, "");
		smsApps.deleteSmsApp(PROJECT, "0123456789abcdef0123456789abcdef");
		fixture.sinch.verify(deleteRequestedFor(urlEqualTo(BASE + "/sms/smsApps/0123456789abcdef0123456789abcdef")));
	}

	@Test
	void allSendersWalksThePagesLazily() {
		fixture.sinch.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlEqualTo(BASE + "/whatsapp/senders?pageSize=100"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
					"{\"totalSize\":2,\"pageSize\":1,\"nextPageToken\":\"p2\",\"senders\":[" + SENDER_JSON + "]}")));
		fixture.sinch.stubFor(com.github.tomakehurst.wiremock.client.WireMock
			.get(urlEqualTo(BASE + "/whatsapp/senders?pageToken=p2&pageSize=100"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody("{\"totalSize\":2,\"pageSize\":1,\"senders\":[" + SENDER_JSON + "]}")));

		assertThat(senders.allSenders(PROJECT, WhatsAppSenderFilter.none()).findFirst()).isPresent();
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(1);

		assertThat(senders.allSenders(PROJECT, WhatsAppSenderFilter.none()).count()).isEqualTo(2);
		assertThat(fixture.sinch.getAllServeEvents()).hasSize(3);
	}

}
