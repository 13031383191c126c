package com.provisioningportal.portal.projects;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.provisioningportal.portal.audit.AuditEntry;
import com.provisioningportal.portal.audit.AuditLog;
import com.provisioningportal.portal.audit.Outcome;
import com.provisioningportal.portal.gateway.AuthMode;
import com.provisioningportal.portal.gateway.SinchAccess;
import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchCredentials;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.web.Messages;
import com.provisioningportal.portal.web.ProjectTeams;
import com.provisioningportal.portal.web.RuleViolation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Adding and changing the projects the portal manages. Secrets are encrypted before they reach the entity. */
@Service
class ProjectRegistry implements ProjectDirectory, CallbackSecrets {

	private final SinchProjectRepository projects;

	private final SecretEncryption encryption;

	private final Clock clock;

	private final AuditLog auditLog;

	private final SinchAccess sinchAccess;

	/** Looked up when used: the teams read this registry's projects to name them. */
	private final ObjectProvider<ProjectTeams> teams;

	private final MessageSourceAccessor messages;

	ProjectRegistry(SinchProjectRepository projects, SecretEncryption encryption, Clock clock, AuditLog auditLog,
			SinchAccess sinchAccess, ObjectProvider<ProjectTeams> teams, MessageSource messageSource) {
		this.teams = teams;
		this.projects = projects;
		this.encryption = encryption;
		this.clock = clock;
		this.auditLog = auditLog;
		this.sinchAccess = sinchAccess;
		this.messages = new MessageSourceAccessor(messageSource);
	}

	record AddProject(String projectId, String displayName, String keyId, String keySecret, AuthMode authMode,
			Set<Long> teamIds, String by) {

		@Override
		public String toString() {
			return "AddProject[projectId=" + projectId + ", displayName=" + displayName + ", keyId=" + keyId
					+ ", keySecret=****, authMode=" + authMode + ", teamIds=" + teamIds + ", by=" + by + "]";
		}

	}

	/** {@code keySecret} null or blank keeps the stored one. */
	record EditProject(String projectId, String displayName, String keyId, String keySecret, AuthMode authMode, String by) {

		boolean replacesSecret() {
			return keySecret != null && !keySecret.isBlank();
		}

		@Override
		public String toString() {
			return "EditProject[projectId=" + projectId + ", displayName=" + displayName + ", keyId=" + keyId
					+ ", keySecret=" + (replacesSecret() ? "****" : "(unchanged)") + ", authMode=" + authMode + ", by=" + by + "]";
		}

	}

	@Override
	@Transactional(readOnly = true)
	public List<ProjectSummary> all() {
		return projects.findAllByOrderByDisplayNameAsc().stream().map(ProjectSummary::of).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProjectSummary> find(String projectId) {
		return parse(projectId).flatMap(projects::findById).map(ProjectSummary::of);
	}

	@Transactional
	ProjectSummary add(AddProject command) {
		return auditLog.change(AuditEntry.of("PROJECT_CREATE").project(command.projectId()).resource("project", command.projectId())
			.request(Map.of("displayName", command.displayName(), "keyId", command.keyId(), "authMode", command.authMode(),
					"teamIds", command.teamIds())),
				() -> {
					ProjectSummary added = addChecked(command);
					teams.getObject().give(added.projectId(), command.teamIds());
					return added;
				}, added -> Outcome.ok(Map.of("project", added,
						"teams", teams.getObject().of(added.projectId()).stream().map(ProjectTeams.TeamName::name).toList())));
	}

	private ProjectSummary addChecked(AddProject command) {
		UUID id = parse(command.projectId())
			.orElseThrow(() -> new RuleViolation("projectId",
					messages.getMessage(Messages.of("project.id.not-a-uuid"))));
		if (projects.existsById(id)) {
			throw new RuleViolation("projectId", messages.getMessage(Messages.of("project.id.taken")));
		}
		requireUniqueName(command.displayName(), null);
		requireAcceptedBySinch(new SinchCredentials(id.toString(), command.keyId().trim(), command.keySecret(), command.authMode()));
		SinchProject project = new SinchProject(id, command.displayName().trim(), command.keyId().trim(),
				encryption.encrypt(command.keySecret()), command.authMode(), command.by(), clock.instant());
		try {
			projects.saveAndFlush(project);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolation("projectId", messages.getMessage(Messages.of("project.taken")));
		}
		return ProjectSummary.of(project);
	}

	@Transactional
	ProjectSummary edit(EditProject command) {
		ProjectSummary before = get(command.projectId());
		return auditLog.change(AuditEntry.of("PROJECT_UPDATE").project(command.projectId()).resource("project", command.projectId())
			.request(Map.of("displayName", command.displayName(), "keyId", command.keyId(), "authMode", command.authMode(),
					"keySecretReplaced", command.replacesSecret()))
			.before(before), () -> editChecked(command), Outcome::ok);
	}

	private ProjectSummary editChecked(EditProject command) {
		SinchProject project = load(command.projectId());
		requireUniqueName(command.displayName(), project.projectId());
		project.rename(command.displayName().trim());
		boolean credentialsChange = command.replacesSecret() || !project.keyId().equals(command.keyId().trim())
				|| project.authMode() != command.authMode();
		if (credentialsChange) {
			String plainSecret = command.replacesSecret() ? command.keySecret() : encryption.decrypt(project.keySecretEncrypted());
			requireAcceptedBySinch(new SinchCredentials(command.projectId(), command.keyId().trim(), plainSecret, command.authMode()));
			project.changeCredentials(command.keyId().trim(), encryption.encrypt(plainSecret), command.authMode(), command.by(),
					clock.instant());
		}
		projects.flush();
		if (credentialsChange) {
			sinchAccess.forget(command.projectId());
		}
		return ProjectSummary.of(project);
	}

	/**
	 * Remembers the portal's own callback webhook at Sinch and the secret Sinch signs its callbacks with. Audited by
	 * the action that registered the webhook at Sinch.
	 */
	@Transactional
	ProjectSummary recordCallbackRegistration(String projectId, String webhookId, String callbackSecret) {
		SinchProject project = load(projectId);
		project.registerCallback(webhookId, encryption.encrypt(callbackSecret));
		projects.flush();
		return ProjectSummary.of(project);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> callbackSecret(String projectId) {
		return parse(projectId).flatMap(projects::findById)
			.filter(project -> project.callbackSecretEncrypted() != null)
			.map(project -> encryption.decrypt(project.callbackSecretEncrypted()));
	}

	/** The stored key secret, decrypted, for the one module that calls Sinch. */
	@Transactional(readOnly = true)
	Optional<String> keySecret(String projectId) {
		return parse(projectId).flatMap(projects::findById).map(project -> encryption.decrypt(project.keySecretEncrypted()));
	}

	@Transactional(readOnly = true)
	ProjectSummary get(String projectId) {
		return ProjectSummary.of(load(projectId));
	}

	/** Credentials are saved only once Sinch has accepted them; its own words say what is wrong otherwise. */
	private void requireAcceptedBySinch(SinchCredentials candidate) {
		try {
			sinchAccess.checkCredentials(candidate);
		}
		catch (SinchApiException refused) {
			throw new RuleViolation("keySecret",
					messages.getMessage(Messages.of("project.credentials.refused", refused.explanation())));
		}
		catch (SinchException unreachable) {
			throw new RuleViolation(null, messages.getMessage(
					Messages.of("project.credentials.unreachable", Messages.of("sinch.unreachable"))));
		}
	}

	private void requireUniqueName(String displayName, UUID except) {
		projects.findByDisplayName(displayName.trim())
			.filter(other -> !other.projectId().equals(except))
			.ifPresent(other -> {
				throw new RuleViolation("displayName", messages.getMessage(Messages.of("project.display-name.taken")));
			});
	}

	private SinchProject load(String projectId) {
		return parse(projectId).flatMap(projects::findById).orElseThrow(() -> new ProjectNotFoundException(projectId));
	}

	static Optional<UUID> parse(String projectId) {
		if (projectId == null || !projectId.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(projectId));
	}

}
