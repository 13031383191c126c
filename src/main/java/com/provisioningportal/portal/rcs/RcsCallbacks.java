package com.provisioningportal.portal.rcs;

import com.provisioningportal.portal.callbacks.CallbackKind;
import com.provisioningportal.portal.callbacks.WatchedResource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** RCS senders as Sinch's callbacks name them ({@code RCS_SENDER_STATUS_UPDATED}, ...), the sender in the payload. */
@Configuration(proxyBeanMethods = false)
class RcsCallbacks {

	static final String SENDER = "rcs-sender";

	static WatchedResource sender(String projectId, String senderId) {
		return new WatchedResource(projectId, SENDER, senderId);
	}

	@Bean
	CallbackKind rcsSenderCallbackKind() {
		return CallbackKind.of(SENDER, payload -> CallbackKind.text(payload, "id"), "RCS_SENDER_");
	}

}
