/**
 * Sinch's callbacks and the wait on what they move: the receiver of the signed callbacks (verified,
 * de-duplicated, recorded, and announced to the features as
 * {@link com.provisioningportal.portal.callbacks.SinchCallbackReceived} events), the status watch of the resources
 * the portal waits on, and its reconciliation with Sinch. Channels contribute their callback kinds and status
 * sources; this module names none of them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Callbacks", allowedDependencies = { "web", "audit", "gateway", "projects" })
package com.provisioningportal.portal.callbacks;
