package com.provisioningportal.portal.projects;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.provisioningportal.portal.gateway.AuthMode;

@Entity
@Table(name = "sinch_project")
class SinchProject {

	@Id
	@Column(name = "project_id")
	private UUID projectId;

	@Column(name = "display_name", nullable = false, length = 100)
	private String displayName;

	@Column(name = "key_id", nullable = false, length = 200)
	private String keyId;

	@Column(name = "key_secret_encrypted", nullable = false)
	private String keySecretEncrypted;

	@Enumerated(EnumType.STRING)
	@Column(name = "auth_mode", nullable = false, length = 8)
	private AuthMode authMode;

	@Column(name = "callback_secret_encrypted")
	private String callbackSecretEncrypted;

	@Column(name = "callback_webhook_id", length = 64)
	private String callbackWebhookId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "credentials_changed_at", nullable = false)
	private Instant credentialsChangedAt;

	@Column(name = "credentials_changed_by", nullable = false, length = 64)
	private String credentialsChangedBy;

	@Version
	private long version;

	protected SinchProject() {
	}

	SinchProject(UUID projectId, String displayName, String keyId, String keySecretEncrypted, AuthMode authMode,
			String by, Instant now) {
		this.projectId = projectId;
		this.displayName = displayName;
		this.keyId = keyId;
		this.keySecretEncrypted = keySecretEncrypted;
		this.authMode = authMode;
		this.createdAt = now;
		this.createdBy = by;
		this.credentialsChangedAt = now;
		this.credentialsChangedBy = by;
	}

	UUID projectId() {
		return projectId;
	}

	String displayName() {
		return displayName;
	}

	String keyId() {
		return keyId;
	}

	String keySecretEncrypted() {
		return keySecretEncrypted;
	}

	AuthMode authMode() {
		return authMode;
	}

	String callbackSecretEncrypted() {
		return callbackSecretEncrypted;
	}

	String callbackWebhookId() {
		return callbackWebhookId;
	}

	Instant createdAt() {
		return createdAt;
	}

	String createdBy() {
		return createdBy;
	}

	Instant credentialsChangedAt() {
		return credentialsChangedAt;
	}

	String credentialsChangedBy() {
		return credentialsChangedBy;
	}

	void rename(String newDisplayName) {
		this.displayName = newDisplayName;
	}

	void changeCredentials(String newKeyId, String newKeySecretEncrypted, AuthMode newAuthMode, String by, Instant now) {
		this.keyId = newKeyId;
		this.keySecretEncrypted = newKeySecretEncrypted;
		this.authMode = newAuthMode;
		this.credentialsChangedAt = now;
		this.credentialsChangedBy = by;
	}

	void registerCallback(String webhookId, String secretEncrypted) {
		this.callbackWebhookId = webhookId;
		this.callbackSecretEncrypted = secretEncrypted;
	}

}
