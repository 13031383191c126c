package com.provisioningportal.portal.gateway.sms;

import java.util.List;

import com.provisioningportal.portal.gateway.webhooks.NewWebhook;

/**
 * Body of a bundle create; each {@code true} flag asks Sinch to create that resource with default settings.
 *
 * @param webhooks provisioning webhooks to register with the bundle (e.g. for {@code BUNDLE_DONE}), may be empty
 */
public record NewBundle(String name, String region, boolean subproject, boolean smsApp, boolean convApp,
		List<NewWebhook> webhooks) {

	public NewBundle {
		webhooks = (webhooks != null) ? List.copyOf(webhooks) : List.of();
	}

}
