package com.provisioningportal.portal.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

/**
 * Typed operations on the Sinch Provisioning API, each for one Sinch project (its id, a UUID). Every method blocks
 * until Sinch answered and throws a {@link SinchException} when it did not succeed: {@link SinchApiException} for a
 * non-2xx answer, {@link SinchUnreachableException} when Sinch could not be reached (or the project's circuit is
 * open), {@link UnknownSinchProjectException} when the portal has no credentials for the project.
 * <p>
 * Reads and deletes are retried on transient failures; creates and updates only when they certainly did not reach
 * Sinch, so a failure of a create may still have created something (list before trying again).
 */
public class ProvisioningGateway {

	private static final String PROJECT = "/v1/projects/{projectId}";

	private static final String SENDERS = PROJECT + "/whatsapp/senders";

	private static final String SENDER = SENDERS + "/{senderId}";

	private static final String ACCOUNT = PROJECT + "/whatsapp";

	private static final String SOLUTIONS = PROJECT + "/whatsapp/solutions";

	private static final String TEMPLATES = PROJECT + "/whatsapp/templates";

	private static final String TEMPLATE = TEMPLATES + "/{templateName}/languages/{languageCode}";

	private static final String WEBHOOKS = PROJECT + "/webhooks";

	private static final String BUNDLES = PROJECT + "/bundles";

	private static final String SMS_APPS = PROJECT + "/sms/smsApps";

	private final SinchHttp http;

	private final JsonCodec json;

	private final ProjectCredentials credentials;

	private final ProjectTokens tokens;

	ProvisioningGateway(SinchHttp http, JsonCodec json, ProjectCredentials credentials, ProjectTokens tokens) {
		this.http = http;
		this.json = json;
		this.credentials = credentials;
		this.tokens = tokens;
	}

	// --- credentials

	/**
	 * Checks credentials that are not stored yet: with {@link AuthMode#OAUTH2} a token must be issued, and in both
	 * modes a cheap authenticated read of the project must succeed. Throws Sinch's answer when it does not.
	 */
	public void checkCredentials(SinchCredentials candidate) {
		if (candidate.authMode() == AuthMode.OAUTH2) {
			String token;
			try {
				token = tokens.fetchOnce(candidate).getTokenValue();
			}
			catch (OAuth2AuthorizationException ex) {
				throw http.tokenRefused(candidate.projectId(), ex);
			}
			http.sendWith(candidate, cheapRead(candidate.projectId()), project -> token);
			return;
		}
		http.sendWith(candidate, cheapRead(candidate.projectId()), project -> null);
	}

	private static SinchCall cheapRead(String projectId) {
		return SinchCall.of("credentials.check", GET, WEBHOOKS, projectId).query("pageSize", 1);
	}

	/** Drops what is cached for the project (credentials, token), e.g. after its credentials were edited. */
	public void forget(String projectId) {
		tokens.forget(projectId);
		credentials.forget(projectId);
	}

	// --- WhatsApp senders

	public Page<Sender> listSenders(String projectId, SenderFilter filter, PageRequest page) {
		SinchCall call = SinchCall.of("senders.list", GET, SENDERS, projectId)
			.query("filterStates", filter.states())
			.query("filterStatuses", filter.statuses())
			.page(page);
		return json.readPage(http.send(call).body(), "senders", Sender.class);
	}

	/** All senders matching the filter, fetched lazily page by page. */
	public Stream<Sender> allSenders(String projectId, SenderFilter filter) {
		return Pages.all(PageRequest.first(100), page -> listSenders(projectId, filter, page));
	}

	public Sender getSender(String projectId, String senderId) {
		return read(SinchCall.of("senders.get", GET, SENDER, projectId, senderId), Sender.class);
	}

	public Sender createSender(String projectId, EmbeddedSignupSender sender) {
		return read(SinchCall.of("senders.create", POST, SENDERS, projectId).body(sender), Sender.class);
	}

	public Sender updateSender(String projectId, String senderId, SenderUpdate update) {
		Map<String, Object> details = new LinkedHashMap<>();
		for (String field : SenderUpdate.PROFILE_FIELDS) {
			put(details, field, update.details().getOrDefault(field, Change.keep()));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", update.submit() ? "SUBMIT" : "DRAFT");
		body.put("details", details);
		return read(SinchCall.of("senders.update", PATCH, SENDER, projectId, senderId).body(body), Sender.class);
	}

	/** Marks the sender for removal (it keeps working for 30 days). */
	public void deleteSender(String projectId, String senderId) {
		http.send(SinchCall.of("senders.delete", DELETE, SENDER, projectId, senderId));
	}

	/** Discards the sender's pending changes (only DRAFT, REJECTED or ERROR ones). */
	public void discardSenderChanges(String projectId, String senderId) {
		http.send(SinchCall.of("senders.discardChanges", DELETE, SENDER + "/changes", projectId, senderId));
	}

	/** Asks Meta to send a verification code by {@code SMS} or {@code VOICE}. */
	public SenderRegistration registerSender(String projectId, String senderId, String method) {
		return read(SinchCall.of("senders.register", POST, SENDER + "/register", projectId, senderId)
			.body(Map.of("method", method)), SenderRegistration.class);
	}

	/** Submits the verification code; {@code null} when Meta already verified the number. */
	public void verifySender(String projectId, String senderId, String code) {
		Map<String, Object> body = (code != null) ? Map.of("code", code) : Map.of();
		http.send(SinchCall.of("senders.verify", POST, SENDER + "/verify", projectId, senderId).body(body));
	}

	/** The sender's activity trail, newest first; comments are the entries of type {@code COMMENT_ADDED}. */
	public Page<Activity> senderActivities(String projectId, String senderId, PageRequest page) {
		SinchCall call = SinchCall.of("senders.activities", GET, SENDER + "/activities", projectId, senderId)
			.page(page);
		return json.readPage(http.send(call).body(), "notifications", Activity.class);
	}

	public Comment addSenderComment(String projectId, String senderId, String comment) {
		return read(SinchCall.of("senders.comment", POST, SENDER + "/comments", projectId, senderId)
			.body(Map.of("comment", comment)), Comment.class);
	}

	// --- WhatsApp account and solutions

	public WhatsAppAccount getAccount(String projectId) {
		return read(SinchCall.of("account.get", GET, ACCOUNT, projectId), WhatsAppAccount.class);
	}

	public Page<Activity> accountActivities(String projectId, PageRequest page) {
		SinchCall call = SinchCall.of("account.activities", GET, ACCOUNT + "/activities", projectId).page(page);
		return json.readPage(http.send(call).body(), "notifications", Activity.class);
	}

	public Comment addAccountComment(String projectId, String comment) {
		return read(SinchCall.of("account.comment", POST, ACCOUNT + "/comments", projectId)
			.body(Map.of("comment", comment)), Comment.class);
	}

	public List<Solution> listSolutions(String projectId) {
		return json.readList(http.send(SinchCall.of("solutions.list", GET, SOLUTIONS, projectId)).body(),
				"solutions", Solution.class);
	}

	public Solution getSolution(String projectId, String solutionId) {
		return read(SinchCall.of("solutions.get", GET, SOLUTIONS + "/{solutionId}", projectId, solutionId),
				Solution.class);
	}

	/** Assigns the partner solution to the project, enabling Embedded Signup with it. */
	public void assignSolution(String projectId, String solutionId) {
		http.send(SinchCall.of("solutions.assign", POST, SOLUTIONS + "/{solutionId}/assign", projectId, solutionId));
	}

	// --- WhatsApp templates

	public Page<Template> listTemplates(String projectId, TemplateFilter filter, PageRequest page) {
		SinchCall call = SinchCall.of("templates.list", GET, TEMPLATES, projectId)
			.query("filterStates", filter.states())
			.query("filterStatuses", filter.statuses())
			.query("templateName", filter.templateName())
			.page(page);
		return json.readPage(http.send(call).body(), "templates", Template.class);
	}

	/** Every language of one template name (Sinch's list by name), alphabetically by language. */
	public Page<Template> listTemplateLanguages(String projectId, String templateName, PageRequest page) {
		SinchCall call = SinchCall.of("templates.listByName", GET, TEMPLATES + "/{templateName}", projectId, templateName)
			.page(page);
		return json.readPage(http.send(call).body(), "templates", Template.class);
	}

	public Template getTemplate(String projectId, String templateName, String languageCode) {
		return read(SinchCall.of("templates.get", GET, TEMPLATE, projectId, templateName, languageCode),
				Template.class);
	}

	public Template createTemplate(String projectId, NewTemplate template) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", template.name());
		body.put("language", template.language());
		body.put("category", template.category());
		body.put("status", template.submit() ? "SUBMIT" : "DRAFT");
		putIfPresent(body, "saveDraftOnFailure", template.saveDraftOnFailure());
		putIfPresent(body, "allowCategoryChange", template.allowCategoryChange());
		putIfPresent(body, "details", template.details());
		return read(SinchCall.of("templates.create", POST, TEMPLATES, projectId).body(body), Template.class);
	}

	/** Updates one language of a template; an approved template keeps its live version until the change is applied. */
	public Template updateTemplate(String projectId, String templateName, String languageCode, TemplateUpdate update) {
		Map<String, Object> details = new LinkedHashMap<>();
		putIfPresent(details, "components", update.components());
		putIfPresent(details, "messageSendTtlSeconds", update.messageSendTtlSeconds());
		put(details, "optimization", update.optimization());
		Map<String, Object> body = new LinkedHashMap<>();
		if (update.submit() != null) {
			body.put("status", update.submit() ? "SUBMIT" : "DRAFT");
		}
		putIfPresent(body, "category", update.category());
		putIfPresent(body, "allowCategoryChange", update.allowCategoryChange());
		putIfPresent(body, "saveDraftOnFailure", update.saveDraftOnFailure());
		if (!details.isEmpty()) {
			body.put("details", details);
		}
		return read(SinchCall.of("templates.update", PATCH, TEMPLATE, projectId, templateName, languageCode)
			.body(body), Template.class);
	}

	/**
	 * Deletes one language of a template: with {@code deleteSubmitted} false only its draft (pending changes), with
	 * true also the template submitted to Meta (the name and language are then blocked for 30 days).
	 */
	public void deleteTemplate(String projectId, String templateName, String languageCode, boolean deleteSubmitted) {
		http.send(SinchCall.of("templates.delete", DELETE, TEMPLATE, projectId, templateName, languageCode)
			.query("deleteSubmitted", deleteSubmitted));
	}

	/**
	 * Deletes every language of a template name, submitted ones included; the name is blocked for 30 days.
	 */
	public void deleteTemplateAllLanguages(String projectId, String templateName) {
		http.send(SinchCall.of("templates.deleteAllLanguages", DELETE, TEMPLATES + "/{templateName}", projectId,
				templateName));
	}

	public Page<Activity> templateActivities(String projectId, String templateName, String languageCode,
			PageRequest page) {
		SinchCall call = SinchCall
			.of("templates.activities", GET, TEMPLATE + "/activities", projectId, templateName, languageCode)
			.page(page);
		return json.readPage(http.send(call).body(), "notifications", Activity.class);
	}

	public Comment addTemplateComment(String projectId, String templateName, String languageCode, String comment) {
		return read(SinchCall.of("templates.comment", POST, TEMPLATE + "/comments", projectId, templateName,
				languageCode)
			.body(Map.of("comment", comment)), Comment.class);
	}

	// --- provisioning webhooks

	public Page<Webhook> listWebhooks(String projectId, PageRequest page) {
		SinchCall call = SinchCall.of("webhooks.list", GET, WEBHOOKS, projectId).page(page);
		return json.readPage(http.send(call).body(), "webhooks", Webhook.class);
	}

	public Webhook getWebhook(String projectId, String webhookId) {
		return read(SinchCall.of("webhooks.get", GET, WEBHOOKS + "/{webhookId}", projectId, webhookId),
				Webhook.class);
	}

	public Webhook createWebhook(String projectId, NewWebhook webhook) {
		return read(SinchCall.of("webhooks.create", POST, WEBHOOKS, projectId).body(webhook), Webhook.class);
	}

	public Webhook updateWebhook(String projectId, String webhookId, WebhookUpdate update) {
		return read(SinchCall.of("webhooks.update", PATCH, WEBHOOKS + "/{webhookId}", projectId, webhookId)
			.body(update), Webhook.class);
	}

	public void deleteWebhook(String projectId, String webhookId) {
		http.send(SinchCall.of("webhooks.delete", DELETE, WEBHOOKS + "/{webhookId}", projectId, webhookId));
	}

	// --- bundles

	public Bundle createBundle(String projectId, NewBundle bundle) {
		Map<String, Object> body = new LinkedHashMap<>();
		putIfPresent(body, "name", bundle.name());
		body.put("region", bundle.region());
		if (bundle.subproject()) {
			body.put("subproject", true);
		}
		if (bundle.smsApp()) {
			body.put("smsApp", true);
		}
		if (bundle.convApp()) {
			body.put("convApp", true);
		}
		if (!bundle.webhooks().isEmpty()) {
			body.put("webhooks", bundle.webhooks());
		}
		return read(SinchCall.of("bundles.create", POST, BUNDLES, projectId).body(body), Bundle.class);
	}

	public Bundle getBundle(String projectId, String bundleId) {
		return read(SinchCall.of("bundles.get", GET, BUNDLES + "/{bundleId}", projectId, bundleId), Bundle.class);
	}

	public Page<Bundle> listBundles(String projectId, PageRequest page) {
		return listBundles(projectId, BundleFilter.none(), page);
	}

	public Page<Bundle> listBundles(String projectId, BundleFilter filter, PageRequest page) {
		SinchCall call = SinchCall.of("bundles.list", GET, BUNDLES, projectId)
			.query("filterStates", filter.states())
			.query("filterSmsAppIds", filter.smsAppIds())
			.query("filterConvAppIds", filter.convAppIds())
			.page(page);
		return json.readPage(http.send(call).body(), "bundles", Bundle.class);
	}

	// --- SMS apps

	public Page<SmsApp> listSmsApps(String projectId, PageRequest page) {
		SinchCall call = SinchCall.of("smsApps.list", GET, SMS_APPS, projectId).page(page);
		return json.readPage(http.send(call).body(), "smsApps", SmsApp.class);
	}

	public SmsApp getSmsApp(String projectId, String smsAppId) {
		return read(SinchCall.of("smsApps.get", GET, SMS_APPS + "/{smsAppId}", projectId, smsAppId), SmsApp.class);
	}

	public SmsApp createSmsApp(String projectId, NewSmsApp smsApp) {
		return read(SinchCall.of("smsApps.create", POST, SMS_APPS, projectId).body(smsApp), SmsApp.class);
	}

	public SmsApp renameSmsApp(String projectId, String smsAppId, String name) {
		return read(SinchCall.of("smsApps.update", PATCH, SMS_APPS + "/{smsAppId}", projectId, smsAppId)
			.body(Map.of("name", name)), SmsApp.class);
	}

	public void deleteSmsApp(String projectId, String smsAppId) {
		http.send(SinchCall.of("smsApps.delete", DELETE, SMS_APPS + "/{smsAppId}", projectId, smsAppId));
	}

	// --- helpers

	private <T> T read(SinchCall call, Class<T> type) {
		return json.read(http.send(call).body(), type);
	}

	private static void put(Map<String, Object> body, String field, Change<?> change) {
		if (change instanceof Change.SetTo<?> set) {
			body.put(field, set.value());
		}
		else if (change instanceof Change.Clear) {
			body.put(field, null);
		}
	}

	private static void putIfPresent(Map<String, Object> body, String field, Object value) {
		if (value != null) {
			body.put(field, value);
		}
	}

}
