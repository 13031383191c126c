package com.provisioningportal.portal.projects;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.provisioningportal.portal.gateway.AuthMode;

/** The add and edit pages. On edit the project id is fixed and a blank key secret keeps the stored one. */
class ProjectForm {

	@NotBlank(message = "{project.id.required}")
	@Pattern(regexp = "^$|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
			message = "{project.id.pattern}")
	private String projectId;

	@NotBlank(message = "{project.display-name.required}")
	@Size(max = 100, message = "{project.display-name.size}")
	private String displayName;

	@NotBlank(message = "{project.key-id.required}")
	@Size(max = 200, message = "{project.key-id.size}")
	@Pattern(regexp = "[\\x21-\\x39\\x3B-\\x7E]*",
			message = "{project.key-id.pattern}")
	private String keyId;

	@Size(max = 200, message = "{project.key-secret.size}")
	@Pattern(regexp = "[\\x21-\\x7E]*",
			message = "{project.key-secret.pattern}")
	private String keySecret;

	@NotNull(message = "{project.auth-mode.required}")
	private AuthMode authMode = AuthMode.OAUTH2;

	/** The teams whose members reach the new project; none leaves it to administrators and global auditors. */
	private Set<Long> teamIds = new LinkedHashSet<>();

	static ProjectForm of(ProjectSummary project) {
		ProjectForm form = new ProjectForm();
		form.setProjectId(project.projectId());
		form.setDisplayName(project.displayName());
		form.setKeyId(project.keyId());
		form.setAuthMode(project.authMode());
		return form;
	}

	ProjectRegistry.AddProject toAdd(String by) {
		return new ProjectRegistry.AddProject(projectId.trim().toLowerCase(Locale.ROOT), displayName, keyId, keySecret, authMode,
				Set.copyOf(teamIds), by);
	}

	ProjectRegistry.EditProject toEdit(String id, String by) {
		return new ProjectRegistry.EditProject(id, displayName, keyId, keySecret, authMode, by);
	}

	public String getProjectId() {
		return projectId;
	}

	public void setProjectId(String projectId) {
		this.projectId = projectId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getKeyId() {
		return keyId;
	}

	public void setKeyId(String keyId) {
		this.keyId = keyId;
	}

	public String getKeySecret() {
		return keySecret;
	}

	public void setKeySecret(String keySecret) {
		this.keySecret = keySecret;
	}

	public AuthMode getAuthMode() {
		return authMode;
	}

	public void setAuthMode(AuthMode authMode) {
		this.authMode = authMode;
	}

	public Set<Long> getTeamIds() {
		return teamIds;
	}

	public void setTeamIds(Set<Long> teamIds) {
		this.teamIds = (teamIds == null) ? new LinkedHashSet<>() : teamIds;
	}

}
