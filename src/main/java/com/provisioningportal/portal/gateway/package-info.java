/**
 * The only code that speaks HTTP to the Sinch Provisioning API: typed operations per Sinch project
 * ({@link com.provisioningportal.portal.gateway.ProvisioningGateway}), DTO records, per-project authentication
 * (OAuth2 client credentials or Basic), retries, a circuit breaker per project, PAPI errors, paging and metrics.
 * Credentials come from a {@link com.provisioningportal.portal.gateway.SinchCredentialsSource} another module
 * provides, so the gateway depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gateway", allowedDependencies = {})
package com.provisioningportal.portal.gateway;
