package com.provisioningportal.portal.whatsapp.signup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.provisioningportal.portal.web.PagePolicies;
import com.provisioningportal.portal.web.PagePolicy;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Embedded Signup's settings, Graph client and the page policy Meta's SDK needs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetaSettings.class)
class SignupConfiguration {

	@Bean
	MetaGraph metaGraph(MetaSettings settings, JsonMapper json) {
		return new MetaGraph(settings, json);
	}

	/**
	 * The signup pages load Meta's SDK, which opens Meta's dialog and talks to Meta; the redirect flow's form leads to
	 * Meta's dialog. Only these pages get those origins.
	 */
	@Bean
	PagePolicies signupPagePolicies(MetaSettings settings) {
		String sdk = MetaSettings.origin(settings.sdkUrl());
		String dialog = MetaSettings.origin(settings.dialogUrl());
		Set<String> frames = new LinkedHashSet<>(List.of(sdk, dialog));
		frames.addAll(settings.allowedOrigins());
		List<PagePolicy> policies = new ArrayList<>();
		for (String path : List.of("/projects/{projectId}/whatsapp/connect/attempts/**", "/signup/**")) {
			policies.add(new PagePolicy(path, List.of(sdk), List.copyOf(frames), List.of(sdk), List.of(dialog)));
		}
		return () -> policies;
	}

}
