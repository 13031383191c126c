package com.provisioningportal.portal.projects;

import java.util.List;

/**
 * A feature's lines in a project's setup status. Features that depend on projects contribute here, so the project
 * page can show them without depending on those features.
 */
@FunctionalInterface
public interface SetupCheckContributor {

	List<SetupCheck> checks(ProjectSummary project);

}
