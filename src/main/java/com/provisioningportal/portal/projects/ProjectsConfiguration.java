package com.provisioningportal.portal.projects;

import java.util.List;

import com.provisioningportal.portal.web.Access;
import com.provisioningportal.portal.web.AccessRule;
import com.provisioningportal.portal.web.AccessRules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectsConfiguration {

	@Bean
	SecretEncryption secretEncryption(@Value("${portal.encryption-key:}") String key) {
		return new SecretEncryption(key);
	}

	@Bean
	AccessRules projectAccessRules() {
		return () -> List.of(AccessRule.get("/projects", Access.CHANNELS_READ),
				AccessRule.get("/projects/{projectId}", Access.CHANNELS_READ),
				AccessRule.any("/projects/new", Access.ADMIN), AccessRule.any("/projects/{projectId}/edit", Access.ADMIN),
				AccessRule.post("/projects/{projectId}/status-updates", Access.ADMIN));
	}

}
