package com.provisioningportal.portal.sms;

import com.provisioningportal.portal.callbacks.CallbackKind;
import com.provisioningportal.portal.callbacks.WatchedResource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Bundles as Sinch's callbacks name them ({@code BUNDLE_DONE}). */
@Configuration(proxyBeanMethods = false)
class BundleCallbacks {

	static final String BUNDLE = "bundle";

	static WatchedResource bundle(String projectId, String bundleId) {
		return new WatchedResource(projectId, BUNDLE, bundleId);
	}

	@Bean
	CallbackKind bundleCallbackKind() {
		return CallbackKind.of(BUNDLE, payload -> CallbackKind.text(payload, "id"), "BUNDLE_");
	}

}
