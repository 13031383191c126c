package com.provisioningportal.portal.whatsapp;

import com.provisioningportal.portal.callbacks.CallbackKind;
import com.provisioningportal.portal.callbacks.WatchedResource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The WhatsApp resources Sinch's callbacks are about, and how each event names its resource. */
@Configuration(proxyBeanMethods = false)
public class WhatsAppCallbacks {

	public static final String SENDER = "whatsapp-sender";

	public static final String TEMPLATE = "whatsapp-template";

	public static final String ACCOUNT = "whatsapp-account";

	public static WatchedResource sender(String projectId, String senderId) {
		return new WatchedResource(projectId, SENDER, senderId);
	}

	/** A template is {@code name/language}: Sinch names one template per language. */
	public static WatchedResource template(String projectId, String name, String language) {
		return new WatchedResource(projectId, TEMPLATE, name + "/" + language);
	}

	@Bean
	CallbackKind whatsAppSenderCallbackKind() {
		return CallbackKind.of(SENDER, payload -> CallbackKind.text(payload, "id"), "WHATSAPP_SENDER_");
	}

	@Bean
	CallbackKind whatsAppTemplateCallbackKind() {
		return CallbackKind.of(TEMPLATE, payload -> {
			String name = CallbackKind.text(payload, "name");
			return (name == null) ? null : name + "/" + CallbackKind.text(payload, "language");
		}, "WHATSAPP_TEMPLATE_");
	}

	@Bean
	CallbackKind whatsAppAccountCallbackKind() {
		return CallbackKind.of(ACCOUNT, payload -> CallbackKind.text(payload, "wabaId"), "WHATSAPP_ACCOUNT_",
				"WHATSAPP_WABA_");
	}

}
