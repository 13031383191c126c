/**
 * The only code that speaks HTTP to the Sinch Provisioning API. Each resource family has its client and records
 * in a sub-package that is a named interface ({@code whatsapp}, {@code rcs}, {@code sms}, {@code webhooks}), so a
 * feature declares which families it uses; the transport beneath them (per-project authentication with OAuth2 client
 * credentials or Basic, retries, a circuit breaker per project, PAPI errors, metrics) is internal. This package holds
 * what every family shares: paging, errors, credentials and their check ({@link SinchAccess}).
 * Credentials come from a {@link com.provisioningportal.portal.gateway.SinchCredentialsSource} another module
 * provides, so the gateway depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gateway", allowedDependencies = {})
package com.provisioningportal.portal.gateway;
