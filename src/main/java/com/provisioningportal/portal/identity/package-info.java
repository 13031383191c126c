/**
 * Portal users and their roles: sign-in (with locks of an account or a client address after repeated failures,
 * and a slow-down when too many sign-ins fail), sign-out, sessions and their lifetime,
 * password changes, the first administrator, and user administration. Also the security filter chain that
 * applies every feature's route rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "web", "audit", "projects" })
package com.provisioningportal.portal.identity;
