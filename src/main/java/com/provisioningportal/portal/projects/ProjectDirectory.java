package com.provisioningportal.portal.projects;

import java.util.List;
import java.util.Optional;

/** Which projects the portal manages; what every channel feature asks before it calls Sinch for a project. */
public interface ProjectDirectory {

	List<ProjectSummary> all();

	/** The project, or empty for an unknown or malformed id. */
	Optional<ProjectSummary> find(String projectId);

}
