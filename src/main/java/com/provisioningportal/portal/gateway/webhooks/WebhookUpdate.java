package com.provisioningportal.portal.gateway.webhooks;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A webhook PATCH: {@code null} fields are left out (Sinch accepts no {@code null} here). {@link #toString()} never
 * shows the secret.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookUpdate(String target, String secret, List<String> triggers) {

	@Override
	public String toString() {
		return "WebhookUpdate[target=" + target + ", secret=" + ((secret != null) ? "***" : null) + ", triggers="
				+ triggers + "]";
	}

}
