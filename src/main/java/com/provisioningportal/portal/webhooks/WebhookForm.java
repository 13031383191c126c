package com.provisioningportal.portal.webhooks;

import java.util.ArrayList;
import java.util.List;

import com.provisioningportal.portal.gateway.webhooks.Webhook;

/**
 * The add and edit forms of a webhook, as typed. The secret is write-only: it is cleared before any page is
 * rendered, so not even the one just typed goes back to the browser.
 */
class WebhookForm {

	/** How the webhook's secret is chosen. */
	enum SecretChoice {

		/** Edit only: the secret stays as it is. */
		KEEP,
		/** The portal generates a strong one and shows it once, right after saving. */
		GENERATE,
		/** The person pastes their own. */
		PASTE

	}

	static final int MIN_SECRET_LENGTH = 16;

	static final int MAX_SECRET_LENGTH = 128;

	private String target;

	private List<String> triggers = new ArrayList<>();

	private SecretChoice secretChoice = SecretChoice.GENERATE;

	private String secret;

	/** Ticked to send {@code ALL} with other events after the page warned against it. */
	private boolean allWithOthers;

	/** The create form's one-time token. */
	private String formToken;

	static WebhookForm of(Webhook webhook) {
		WebhookForm form = new WebhookForm();
		form.setTarget(webhook.target());
		form.setTriggers(new ArrayList<>((webhook.triggers() != null) ? webhook.triggers() : List.of()));
		form.setSecretChoice(SecretChoice.KEEP);
		form.setAllWithOthers(WebhookTriggers.allWithOthers(form.getTriggers()));
		return form;
	}

	String trimmedTarget() {
		return (target != null) ? target.trim() : null;
	}

	/** The chosen events in the reference's order, each once. */
	List<String> chosenTriggers() {
		return WebhookTriggers.KNOWN.stream().filter(triggers::contains).toList();
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public List<String> getTriggers() {
		return triggers;
	}

	public void setTriggers(List<String> triggers) {
		this.triggers = (triggers != null) ? new ArrayList<>(triggers) : new ArrayList<>();
	}

	public SecretChoice getSecretChoice() {
		return secretChoice;
	}

	public void setSecretChoice(SecretChoice secretChoice) {
		this.secretChoice = secretChoice;
	}

	public String getSecret() {
		return secret;
	}

	public void setSecret(String secret) {
		this.secret = secret;
	}

	public boolean isAllWithOthers() {
		return allWithOthers;
	}

	public void setAllWithOthers(boolean allWithOthers) {
		this.allWithOthers = allWithOthers;
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

}
