package com.provisioningportal.portal.projects;

import java.util.List;

/** A feature's tabs on a project's pages, so the tabs fragment shows them without knowing the feature. */
@FunctionalInterface
public interface ProjectTabContributor {

	List<ProjectTab> tabs();

}
