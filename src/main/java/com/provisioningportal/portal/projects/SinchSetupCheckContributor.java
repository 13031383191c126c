package com.provisioningportal.portal.projects;

import java.util.List;

/**
 * A feature's lines in a project's setup status that it reads from Sinch, e.g. a channel's account. The project page
 * asks them together after a "Credentials" line, keeps the answers for a minute, and shows the one line that says
 * why instead when Sinch refuses the project's key or cannot be reached.
 */
@FunctionalInterface
public interface SinchSetupCheckContributor {

	/**
	 * @throws com.provisioningportal.portal.gateway.SinchException when Sinch refuses or cannot be asked; a refusal
	 * the feature can explain (nothing set up yet) is a line instead
	 */
	List<SetupCheck> checks(String projectId);

}
