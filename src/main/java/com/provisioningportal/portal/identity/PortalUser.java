package com.provisioningportal.portal.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "portal_user")
class PortalUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 64)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Role role;

	@Column(nullable = false)
	private boolean enabled;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Version
	private long version;

	protected PortalUser() {
	}

	PortalUser(String username, String passwordHash, Role role, boolean mustChangePassword, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.enabled = true;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	Role role() {
		return role;
	}

	boolean enabled() {
		return enabled;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	void changePassword(String newHash, boolean mustChangeNext, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = mustChangeNext;
		this.passwordChangedAt = now;
	}

	void changeRole(Role newRole) {
		this.role = newRole;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	boolean isEnabledAdmin() {
		return enabled && role == Role.ADMIN;
	}

}
