package com.provisioningportal.portal.projects;

import java.util.Set;

import com.provisioningportal.portal.gateway.AuthMode;
import com.provisioningportal.sandbox.SandboxProject;
import com.provisioningportal.testsupport.PlantedSecrets;
import com.provisioningportal.testsupport.SeedUsers;
import com.provisioningportal.testsupport.TestSandbox;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Projects for tests of other features: created at the run's Sinch sandbox and registered in the portal the way an
 * administrator would, with the portal's callback secret recorded, and given to the team of the seeded onboarder
 * and viewer. Test sources only.
 */
public final class ProjectFixtures {

	private ProjectFixtures() {
	}

	/** A new project, known to the sandbox and registered in the portal; returns it with its key. */
	public static SandboxProject registerWithCallback(ApplicationContext context, String displayName, String callbackSecret) {
		return register(context, TestSandbox.get().addProject(displayName), callbackSecret);
	}

	/** Registers a project that exists at the sandbox, with the callback secret of its webhook there. */
	public static SandboxProject register(ApplicationContext context, SandboxProject project, String callbackSecret) {
		PlantedSecrets.plant(project.keySecret());
		PlantedSecrets.plant(callbackSecret);
		ProjectRegistry registry = context.getBean(ProjectRegistry.class);
		registry.add(new ProjectRegistry.AddProject(project.id(), project.name(), project.keyId(), project.keySecret(),
				AuthMode.OAUTH2, Set.of(), "test"));
		registry.recordCallbackRegistration(project.id(), "webhook-" + project.id().substring(0, 8), callbackSecret);
		SeedUsers.giveProject(context.getBean(JdbcClient.class), SeedUsers.TEAM, project.id());
		return project;
	}

}
