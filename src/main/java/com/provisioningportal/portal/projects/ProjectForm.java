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

	@NotBlank(message = "Enter the project id.")
	@Pattern(regexp = "^$|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
			message = "Enter the project id as Sinch shows it: a UUID such as 00000000-0000-4000-8000-000000000001.")
	private String projectId;

	@NotBlank(message = "Enter a display name.")
	@Size(max = 100, message = "Use at most 100 characters.")
	private String displayName;

	@NotBlank(message = "Enter the access key id.")
	@Size(max = 200, message = "Use at most 200 characters.")
	@Pattern(regexp = "[\\x21-\\x39\\x3B-\\x7E]*",
			message = "An access key id is letters, digits and punctuation, without spaces or a colon: copy it exactly as Sinch's dashboard shows it.")
	private String keyId;

	@Size(max = 200, message = "Use at most 200 characters.")
	@Pattern(regexp = "[\\x21-\\x7E]*",
			message = "An access key secret is letters, digits and punctuation, without spaces: copy it exactly as Sinch showed it when the key was made.")
	private String keySecret;

	@NotNull(message = "Choose how the portal signs in to Sinch.")
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
