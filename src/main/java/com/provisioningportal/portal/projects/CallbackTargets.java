package com.provisioningportal.portal.projects;

/**
 * Where Sinch calls the portal for a project: the target of the portal's own callback webhook, which only the
 * project's "receive status updates" action registers or changes.
 */
public interface CallbackTargets {

	String callbackTarget(String projectId);

}
