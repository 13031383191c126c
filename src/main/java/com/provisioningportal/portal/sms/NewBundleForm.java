package com.provisioningportal.portal.sms;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.provisioningportal.portal.web.Messages;

import org.springframework.validation.BindingResult;

/**
 * A new SMS app with a new Conversation app, made by one bundle: name, region and up to {@link #WEBHOOK_ROWS}
 * optional provisioning webhooks (rows left empty are ignored).
 */
class NewBundleForm {

	static final int WEBHOOK_ROWS = 3;

	/** What a bundle's webhook may be told about: the bundle finishing, or everything in the project. */
	static final List<String> TRIGGERS = List.of("BUNDLE_DONE", "ALL");

	private String formToken;

	@NotBlank(message = "{sms.app.name.required}")
	@Size(max = 255, message = "{sms.app.name.size}")
	private String name;

	@NotNull(message = "{sms.app.region.required}")
	private SmsRegion region;

	private List<WebhookRow> webhooks = new ArrayList<>(List.of(new WebhookRow(), new WebhookRow(), new WebhookRow()));

	/** Checks the filled-in webhook rows; each message goes next to its field. */
	void validateWebhooks(BindingResult result) {
		if (webhooks.size() > WEBHOOK_ROWS) {
			webhooks = new ArrayList<>(webhooks.subList(0, WEBHOOK_ROWS));
		}
		Set<String> targets = new HashSet<>();
		for (int row = 0; row < webhooks.size(); row++) {
			WebhookRow hook = webhooks.get(row);
			if (hook.isEmpty()) {
				continue;
			}
			String field = "webhooks[" + row + "].";
			String target = trimmed(hook.getTarget());
			if (target.isEmpty()) {
				Messages.reject(result, field + "target", Messages.of("sms.bundle.webhook.target.required"));
			}
			else if (target.length() > 742 || !isHttpUrl(target)) {
				Messages.reject(result, field + "target", Messages.of("sms.bundle.webhook.target.url"));
			}
			else if (!targets.add(target)) {
				Messages.reject(result, field + "target", Messages.of("sms.bundle.webhook.target.unique"));
			}
			if (hook.getSecret() == null || hook.getSecret().isEmpty()) {
				Messages.reject(result, field + "secret", Messages.of("sms.bundle.webhook.secret.required"));
			}
			else if (hook.getSecret().length() > 128) {
				Messages.reject(result, field + "secret", Messages.of("sms.bundle.webhook.secret.size"));
			}
			if (!TRIGGERS.contains(hook.getTrigger())) {
				Messages.reject(result, field + "trigger", Messages.of("sms.bundle.webhook.trigger.required"));
			}
		}
	}

	SmsAppChanges.CreateBundle toCommand(String projectId) {
		return new SmsAppChanges.CreateBundle(projectId, name.trim(), region.name(), webhooks.stream()
			.filter(hook -> !hook.isEmpty())
			.map(hook -> new SmsAppChanges.BundleWebhook(trimmed(hook.getTarget()), hook.getSecret(), List.of(hook.getTrigger())))
			.toList());
	}

	/** Secrets are never sent back to the browser: a form shown again asks for them again. */
	void forgetSecrets() {
		webhooks.forEach(hook -> hook.setSecret(null));
	}

	private static boolean isHttpUrl(String value) {
		try {
			URI uri = new URI(value);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private static String trimmed(String value) {
		return (value == null) ? "" : value.trim();
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public SmsRegion getRegion() {
		return region;
	}

	public void setRegion(SmsRegion region) {
		this.region = region;
	}

	public List<WebhookRow> getWebhooks() {
		return webhooks;
	}

	public void setWebhooks(List<WebhookRow> webhooks) {
		List<WebhookRow> rows = new ArrayList<>(webhooks.subList(0, Math.min(webhooks.size(), WEBHOOK_ROWS)));
		while (rows.size() < WEBHOOK_ROWS) {
			rows.add(new WebhookRow());
		}
		this.webhooks = rows;
	}

	/** One optional provisioning webhook of the bundle. */
	public static class WebhookRow {

		private String target;

		private String secret;

		private String trigger = "BUNDLE_DONE";

		boolean isEmpty() {
			return (target == null || target.isBlank()) && (secret == null || secret.isEmpty());
		}

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}

		public String getSecret() {
			return secret;
		}

		public void setSecret(String secret) {
			this.secret = secret;
		}

		public String getTrigger() {
			return trigger;
		}

		public void setTrigger(String trigger) {
			this.trigger = trigger;
		}

	}

}
