package com.provisioningportal.portal.sms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.callbacks.StatusWatch;
import com.provisioningportal.portal.gateway.sms.Bundle;
import com.provisioningportal.portal.gateway.sms.Bundles;
import com.provisioningportal.portal.gateway.sms.NewBundle;
import com.provisioningportal.portal.gateway.sms.NewSmsApp;
import com.provisioningportal.portal.gateway.sms.SmsApp;
import com.provisioningportal.portal.gateway.sms.SmsApps;
import com.provisioningportal.portal.gateway.webhooks.NewWebhook;
import com.provisioningportal.portal.projects.SinchChanges;

import org.springframework.stereotype.Service;

/** What a person may change on SMS apps, each change audited with the app as it was before and after. */
@Service
class SmsAppChanges {

	static final String SMS_APP = "sms-app";

	static final String BUNDLE = "bundle";

	private final Bundles bundles;

	private final SmsApps smsApps;

	private final SinchChanges changes;

	private final StatusWatch statusWatch;

	private final BundleRequests bundleRequests;

	SmsAppChanges(Bundles bundles, SmsApps smsApps, SinchChanges changes, StatusWatch statusWatch,
			BundleRequests bundleRequests) {
		this.bundles = bundles;
		this.smsApps = smsApps;
		this.changes = changes;
		this.statusWatch = statusWatch;
		this.bundleRequests = bundleRequests;
	}

	/**
	 * Asks Sinch for a bundle making an SMS app and a Conversation app linked to it, then waits on the bundle. Sent
	 * once: the gateway never repeats a create that may have reached Sinch.
	 */
	Bundle createBundle(CreateBundle command, String username) {
		NewBundle body = new NewBundle(command.name(), command.region(), false, true, true,
				command.webhooks().stream().map(hook -> new NewWebhook(hook.target(), hook.secret(), hook.triggers())).toList());
		Bundle bundle = changes.send(AuditEntry.of("SMS_BUNDLE_CREATE").project(command.projectId()).resource(BUNDLE, null)
			.request(bundleRequest(command)), () -> bundles.createBundle(command.projectId(), body), SmsAppChanges::summary);
		bundleRequests.requested(command.projectId(), bundle.id(), username);
		statusWatch.watch(BundleCallbacks.bundle(command.projectId(), bundle.id()), bundle.state());
		return bundle;
	}

	SmsApp createStandalone(CreateSmsApp command) {
		NewSmsApp body = new NewSmsApp(command.name(), command.region(), null, command.conversationAppId());
		return changes.send(AuditEntry.of("SMS_APP_CREATE").project(command.projectId()).resource(SMS_APP, null).request(body),
				() -> smsApps.createSmsApp(command.projectId(), body), SmsAppChanges::summary);
	}

	/** Renames the app the person just saw, which is also what the audit log keeps as before. */
	SmsApp rename(String projectId, SmsApp app, String name) {
		return changes.send(AuditEntry.of("SMS_APP_RENAME").project(projectId).resource(SMS_APP, app.id())
			.request(Map.of("name", name)).before(summary(app)), () -> smsApps.renameSmsApp(projectId, app.id(), name),
				SmsAppChanges::summary);
	}

	/** Deletes the app the person just confirmed, which is also what the audit log keeps as before. */
	void delete(String projectId, SmsApp app) {
		changes.send(AuditEntry.of("SMS_APP_DELETE").project(projectId).resource(SMS_APP, app.id()).before(summary(app)),
				() -> {
					smsApps.deleteSmsApp(projectId, app.id());
					return app.id();
				}, deleted -> Map.of("deleted", deleted));
	}

	/** What the audit log keeps of a bundle request: the webhooks' targets and triggers, never their secrets. */
	private static Map<String, Object> bundleRequest(CreateBundle command) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("name", command.name());
		request.put("region", command.region());
		request.put("smsApp", true);
		request.put("convApp", true);
		request.put("webhooks", command.webhooks()
			.stream()
			.map(hook -> Map.of("target", hook.target(), "triggers", hook.triggers()))
			.toList());
		return request;
	}

	static Map<String, Object> summary(SmsApp app) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", app.id());
		summary.put("smsServiceId", app.smsServiceId());
		summary.put("name", app.name());
		summary.put("status", app.status());
		summary.put("regions", app.regions());
		summary.put("conversationAppId", (app.conversationApiAppDetails() != null) ? app.conversationApiAppDetails().id() : null);
		return summary;
	}

	static Map<String, Object> summary(Bundle bundle) {
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("id", bundle.id());
		summary.put("name", bundle.name());
		summary.put("state", bundle.state());
		summary.put("region", bundle.region());
		summary.put("smsAppId", (bundle.smsApp() != null) ? bundle.smsApp().id() : null);
		summary.put("conversationAppId", (bundle.convApp() != null) ? bundle.convApp().id() : null);
		summary.put("webhookIds", (bundle.webhooks() != null) ? bundle.webhooks().stream().map(hook -> hook.id()).toList() : List.of());
		return summary;
	}

	/** A new SMS app with a new Conversation app, made by one bundle. */
	record CreateBundle(String projectId, String name, String region, List<BundleWebhook> webhooks) {

		CreateBundle {
			webhooks = List.copyOf(webhooks);
		}

	}

	/** A provisioning webhook the bundle registers; the secret goes to Sinch only. */
	record BundleWebhook(String target, String secret, List<String> triggers) {

		@Override
		public String toString() {
			return "BundleWebhook[target=" + target + ", triggers=" + triggers + "]";
		}

	}

	/** A standalone SMS app, linked to an existing Conversation app when {@code conversationAppId} is not null. */
	record CreateSmsApp(String projectId, String name, String region, String conversationAppId) {

	}

}
