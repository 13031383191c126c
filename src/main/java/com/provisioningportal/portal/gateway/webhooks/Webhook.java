package com.provisioningportal.portal.gateway.webhooks;

import java.util.List;

/** A provisioning webhook; Sinch never returns its secret. */
public record Webhook(String id, String projectId, String target, List<String> triggers) {

}
