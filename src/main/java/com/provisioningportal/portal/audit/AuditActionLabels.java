package com.provisioningportal.portal.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the audit pages name an action: the words the feature that records it gives in the message bundle
 * ({@code audit.action.WEBHOOK_UPDATE=Webhook changed}), or the action's code when it gives none, so the log names
 * no feature and a new one needs only its messages.
 */
@Component("auditActions")
public class AuditActionLabels {

	static final String PREFIX = "audit.action.";

	private final MessageSource messages;

	AuditActionLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String label(String action) {
		return messages.getMessage(PREFIX + action, null, action, LocaleContextHolder.getLocale());
	}

}
