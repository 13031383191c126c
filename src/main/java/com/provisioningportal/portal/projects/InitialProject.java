package com.provisioningportal.portal.projects;

import java.util.Set;

import com.provisioningportal.portal.gateway.AuthMode;
import com.provisioningportal.portal.web.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Registers the project named by {@code SINCH_PROJECT_ID}, {@code SINCH_KEY_ID} and {@code SINCH_KEY_SECRET} at
 * start-up when it is not registered yet, so a single-project installation needs no clicking. An existing project
 * is left as it is: the pages own it from then on.
 */
@Component
class InitialProject implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialProject.class);

	private final ProjectRegistry registry;

	private final String projectId;

	private final String keyId;

	private final String keySecret;

	private final String authMode;

	InitialProject(ProjectRegistry registry, @Value("${sinch.project-id:}") String projectId,
			@Value("${sinch.key-id:}") String keyId, @Value("${sinch.key-secret:}") String keySecret,
			@Value("${sinch.auth-mode:oauth2}") String authMode) {
		this.registry = registry;
		this.projectId = projectId.trim().toLowerCase(java.util.Locale.ROOT);
		this.keyId = keyId.trim();
		this.keySecret = keySecret;
		this.authMode = authMode;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (projectId.isEmpty()) {
			return;
		}
		if (keyId.isEmpty() || keySecret.isBlank()) {
			log.warn("SINCH_PROJECT_ID is set but SINCH_KEY_ID or SINCH_KEY_SECRET is not; no project was registered.");
			return;
		}
		if (registry.find(projectId).isPresent()) {
			return;
		}
		AuthMode mode = "basic".equalsIgnoreCase(authMode.trim()) ? AuthMode.BASIC : AuthMode.OAUTH2;
		try {
			ProjectSummary project = registry.add(new ProjectRegistry.AddProject(projectId,
					"Project " + projectId.substring(0, Math.min(8, projectId.length())), keyId, keySecret, mode, Set.of(), "system"));
			log.info("Registered Sinch project {} from SINCH_PROJECT_ID.", project.projectId());
		}
		catch (RuleViolation violation) {
			log.warn("SINCH_PROJECT_ID could not be registered: {}", violation.getMessage());
		}
	}

}
