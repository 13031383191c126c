package com.provisioningportal.portal.projects;

import java.util.Set;

import com.provisioningportal.portal.gateway.AuthMode;
import com.provisioningportal.sandbox.SinchSandbox;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

/**
 * Dev mode's projects: "Sandbox Retail" and "Sandbox Travel" registered with their sandbox keys and the callback
 * webhooks the sandbox seeded for them. "Sandbox Spare" stays unregistered, for adding a project in the UI. Test
 * sources only, and not a component: dev mode creates it explicitly.
 */
public final class DevProjects implements ApplicationRunner, Ordered {

	private final ApplicationContext context;

	private final SinchSandbox sandbox;

	public DevProjects(ApplicationContext context, SinchSandbox sandbox) {
		this.context = context;
		this.sandbox = sandbox;
	}

	/** Before dev mode's teams, which are given these projects. */
	@Override
	public int getOrder() {
		return 0;
	}

	@Override
	public void run(ApplicationArguments args) {
		ProjectRegistry registry = context.getBean(ProjectRegistry.class);
		seed(registry, "00000000-0000-4000-8000-000000000001", "Sandbox Retail", "sandbox-key-1", "sandbox-secret-1",
				"sandbox-webhook-secret-1");
		seed(registry, "00000000-0000-4000-8000-000000000002", "Sandbox Travel", "sandbox-key-2", "sandbox-secret-2",
				"sandbox-webhook-secret-2");
	}

	private void seed(ProjectRegistry registry, String projectId, String name, String keyId, String keySecret,
			String callbackSecret) {
		if (registry.find(projectId).isPresent()) {
			return;
		}
		registry.add(new ProjectRegistry.AddProject(projectId, name, keyId, keySecret, AuthMode.OAUTH2, Set.of(), "dev-seed"));
		for (JsonNode webhook : sandbox.resources(projectId).path("webhooks")) {
			if (webhook.path("target").asString("").endsWith("/callbacks/sinch/" + projectId)) {
				registry.recordCallbackRegistration(projectId, webhook.path("id").asString(), callbackSecret);
			}
		}
	}

}
