package com.provisioningportal.portal.gateway.sms;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of an SMS app create.
 *
 * @param convApiApp {@code true} to create a Conversation API app with it; {@code null} to leave out
 * @param convApiAppId an existing Conversation API app to link (exclusive with {@code convApiApp}); {@code null} to
 * leave out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewSmsApp(String name, String region, Boolean convApiApp, String convApiAppId) {

}
