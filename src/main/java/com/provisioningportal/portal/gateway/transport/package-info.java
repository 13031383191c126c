/**
 * How the gateway talks to Sinch: one call description, authentication, retries, the circuit breaker per project,
 * error mapping and JSON. Internal to the gateway: the resource clients build on it and no other module sees it.
 */
package com.provisioningportal.portal.gateway.transport;
