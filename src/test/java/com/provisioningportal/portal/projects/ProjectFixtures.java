package com.provisioningportal.portal.projects;

import org.springframework.context.ApplicationContext;

/** Registers projects for tests of other features, the way an administrator would. Test sources only. */
public final class ProjectFixtures {

	private ProjectFixtures() {
	}

	public static void registerWithCallback(ApplicationContext context, String projectId, String displayName,
			String keyId, String keySecret, String callbackSecret) {
		ProjectRegistry registry = context.getBean(ProjectRegistry.class);
		if (registry.find(projectId).isEmpty()) {
			registry.add(new ProjectRegistry.AddProject(projectId, displayName, keyId, keySecret, AuthMode.OAUTH2, "test"));
		}
		registry.recordCallbackRegistration(projectId, "webhook-" + projectId.substring(0, 8), callbackSecret);
	}

}
