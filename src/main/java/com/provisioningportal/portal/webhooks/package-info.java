/**
 * Provisioning webhooks: the receiver of Sinch's signed callbacks (verified, de-duplicated, recorded, and announced
 * to the other features as {@link com.provisioningportal.portal.webhooks.SinchCallbackReceived} events).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks", allowedDependencies = { "web", "audit", "gateway", "gateway :: webhooks", "projects" })
package com.provisioningportal.portal.webhooks;
