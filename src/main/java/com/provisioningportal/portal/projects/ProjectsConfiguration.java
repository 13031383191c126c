package com.provisioningportal.portal.projects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProjectsConfiguration {

	@Bean
	SecretEncryption secretEncryption(@Value("${portal.encryption-key:}") String key) {
		return new SecretEncryption(key);
	}

}
