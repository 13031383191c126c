package com.provisioningportal.portal.gateway.webhooks;

import java.util.List;

/** Body of a webhook create (also used inside a bundle). {@link #toString()} never shows the secret. */
public record NewWebhook(String target, String secret, List<String> triggers) {

	@Override
	public String toString() {
		return "NewWebhook[target=" + target + ", secret=***, triggers=" + triggers + "]";
	}

}
